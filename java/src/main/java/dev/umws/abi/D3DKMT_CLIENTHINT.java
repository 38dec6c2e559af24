package dev.umws.abi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code enum D3DKMT_CLIENTHINT} (4 bytes): d3dkmthk.h. Who creates a context
 * ({@code D3DKMT_CREATECONTEXTVIRTUAL.ClientHint}). G1 ends at {@code DML_PYTORCH} (20); G3 adds
 * 21..28, which moves {@code D3DKMT_CLIENTHINT_MAX} from 21 to 29, so the generation-dependent values
 * are reached through {@link #enumerators} and {@link #D3DKMT_CLIENTHINT_MAX}. G2 takes the G1 values
 * (unconfirmed; docs/structures.md, {@code D3DKMT_CLIENTHINT}).
 */
public final class D3DKMT_CLIENTHINT {
    public static final int D3DKMT_CLIENTHINT_UNKNOWN = 0;
    public static final int D3DKMT_CLIENTHINT_OPENGL = 1;
    public static final int D3DKMT_CLIENTHINT_CDD = 2;
    public static final int D3DKMT_CLIENTHINT_OPENCL = 3;
    public static final int D3DKMT_CLIENTHINT_VULKAN = 4;
    public static final int D3DKMT_CLIENTHINT_CUDA = 5;
    public static final int D3DKMT_CLIENTHINT_RESERVED = 6;
    public static final int D3DKMT_CLIENTHINT_DX7 = 7;
    public static final int D3DKMT_CLIENTHINT_DX8 = 8;
    public static final int D3DKMT_CLIENTHINT_DX9 = 9;
    public static final int D3DKMT_CLIENTHINT_DX10 = 10;
    public static final int D3DKMT_CLIENTHINT_DX11 = 11;
    public static final int D3DKMT_CLIENTHINT_DX12 = 12;
    public static final int D3DKMT_CLIENTHINT_9ON12 = 13;
    public static final int D3DKMT_CLIENTHINT_11ON12 = 14;
    public static final int D3DKMT_CLIENTHINT_MFT_ENCODE = 15;
    public static final int D3DKMT_CLIENTHINT_GLON12 = 16;
    public static final int D3DKMT_CLIENTHINT_CLON12 = 17;
    public static final int D3DKMT_CLIENTHINT_DML_TENSORFLOW = 18;
    public static final int D3DKMT_CLIENTHINT_ONEAPI_LEVEL0 = 19;
    public static final int D3DKMT_CLIENTHINT_DML_PYTORCH = 20;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_VKON12 = 21;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_FASTRPC = 22;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_SNPE = 23;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_QNN = 24;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_VITIS = 25;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_FFMPEG = 26;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_OPEN_VINO = 27;
    /** G3 only. */
    public static final int D3DKMT_CLIENTHINT_DML_WEBNN = 28;

    /** The enumerators that only G3 defines. */
    public static final List<String> G3_ONLY = List.of("D3DKMT_CLIENTHINT_VKON12", "D3DKMT_CLIENTHINT_FASTRPC",
            "D3DKMT_CLIENTHINT_SNPE", "D3DKMT_CLIENTHINT_QNN", "D3DKMT_CLIENTHINT_VITIS", "D3DKMT_CLIENTHINT_FFMPEG",
            "D3DKMT_CLIENTHINT_OPEN_VINO", "D3DKMT_CLIENTHINT_DML_WEBNN");

    private D3DKMT_CLIENTHINT() {
    }

    /** {@code D3DKMT_CLIENTHINT_MAX}, one past the last enumerator: 21 in G1 and G2, 29 in G3. */
    public static int D3DKMT_CLIENTHINT_MAX(Generation g) {
        return g.atLeast(Generation.G3) ? D3DKMT_CLIENTHINT_DML_WEBNN + 1 : D3DKMT_CLIENTHINT_DML_PYTORCH + 1;
    }

    /** Every enumerator that generation {@code g} defines, by C name, in declaration order. */
    public static Map<String, Long> enumerators(Generation g) {
        Map<String, Long> out = new LinkedHashMap<>(Constants.of(D3DKMT_CLIENTHINT.class));
        if (!g.atLeast(Generation.G3)) {
            G3_ONLY.forEach(out::remove);
        }
        out.put("D3DKMT_CLIENTHINT_MAX", (long) D3DKMT_CLIENTHINT_MAX(g));
        return out;
    }

    /** The C name of {@code value}, or its number when no enumerator has it. */
    public static String name(int value) {
        return Constants.nameOf(D3DKMT_CLIENTHINT.class, value);
    }
}
