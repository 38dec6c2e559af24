package dev.umws.abi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code #define}s of {@code include/umws/d3dukmdt.h} and {@code d3dkmddi.h} that user-mode
 * submission uses. Those that only some generations define are reached through {@link #defines}.
 */
public final class d3dukmdt_h {
    public static final int DXGKDDI_INTERFACE_VERSION_WDDM3_0 = 0xF003;
    public static final int DXGKDDI_INTERFACE_VERSION_WDDM3_1 = 0x10004;

    public static final int DXGK_FEATURE_CATEGORY_DRIVER = 0;
    public static final int DXGK_DRIVER_FEATURE_HWSCH = 0;
    public static final int DXGK_DRIVER_FEATURE_USER_MODE_SUBMISSION = 4;
    public static final int DXGK_DRIVER_FEATURE_NATIVE_FENCE = 37;
    public static final int DXGK_FEATURE_HWSCH = DXGK_DEFINE_FEATURE_ID(DXGK_FEATURE_CATEGORY_DRIVER, DXGK_DRIVER_FEATURE_HWSCH);
    public static final int DXGK_FEATURE_USER_MODE_SUBMISSION =
            DXGK_DEFINE_FEATURE_ID(DXGK_FEATURE_CATEGORY_DRIVER, DXGK_DRIVER_FEATURE_USER_MODE_SUBMISSION);
    public static final int DXGK_FEATURE_NATIVE_FENCE =
            DXGK_DEFINE_FEATURE_ID(DXGK_FEATURE_CATEGORY_DRIVER, DXGK_DRIVER_FEATURE_NATIVE_FENCE);

    /** Bytes; the {@code _Field_range_} of {@code D3DKMT_CREATE_DOORBELL.PrivateDriverDataSize}. */
    public static final int D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1 = 16;

    public static final int DXGKQAITYPE_HARDWARERESERVEDRANGES2 = 36;
    public static final int DXGKQAITYPE_NATIVE_FENCE_CAPS = 37;
    public static final int DXGKQAITYPE_USERMODESUBMISSION_CAPS = 38;
    public static final int DXGKQAITYPE_DIRTYBITTRACKINGCAPS = 39;

    /** Bytes, G3 only. */
    public static final int D3DDDI_UMS_PDD_SIZE = 64;
    /** Bytes, G3 only. */
    public static final int D3DDDI_NATIVE_FENCE_PDD_SIZE = 64;

    private d3dukmdt_h() {
    }

    /** {@code DXGK_DEFINE_FEATURE_ID(c, id) = (c << 28) | id}. */
    public static int DXGK_DEFINE_FEATURE_ID(int category, int id) {
        return (category << 28) | id;
    }

    /** {@code DXGKDDI_INTERFACE_VERSION_WDDM3_2}: 0x11007 in G2, 0x11008 in G3, undefined in G1. */
    public static int DXGKDDI_INTERFACE_VERSION_WDDM3_2(Generation g) {
        return switch (g) {
            case G1 -> throw new UnsupportedOperationException("G1 does not define DXGKDDI_INTERFACE_VERSION_WDDM3_2");
            case G2 -> 0x11007;
            case G3 -> 0x11008;
        };
    }

    /** {@code DXGKDDI_INTERFACE_VERSION}: WDDM3_2 from G2 on, WDDM3_1 in G1. */
    public static int DXGKDDI_INTERFACE_VERSION(Generation g) {
        return g == Generation.G1 ? DXGKDDI_INTERFACE_VERSION_WDDM3_1 : DXGKDDI_INTERFACE_VERSION_WDDM3_2(g);
    }

    /**
     * Every macro that generation {@code g} defines, by C name; the macros it does not define are
     * absent (the fidelity checks assert they are undefined in C too).
     */
    public static Map<String, Long> defines(Generation g) {
        Map<String, Long> out = new LinkedHashMap<>(Constants.of(d3dukmdt_h.class));
        if (!g.atLeast(Generation.G3)) {
            out.remove("D3DDDI_UMS_PDD_SIZE");
            out.remove("D3DDDI_NATIVE_FENCE_PDD_SIZE");
        }
        if (g.atLeast(Generation.G2)) {
            out.put("DXGKDDI_INTERFACE_VERSION_WDDM3_2", (long) DXGKDDI_INTERFACE_VERSION_WDDM3_2(g));
        }
        out.put("DXGKDDI_INTERFACE_VERSION", (long) DXGKDDI_INTERFACE_VERSION(g));
        return out;
    }

    /** Names that some generation defines, so that their absence elsewhere is checked. */
    public static final java.util.List<String> GENERATION_DEPENDENT = java.util.List.of(
            "D3DDDI_UMS_PDD_SIZE", "D3DDDI_NATIVE_FENCE_PDD_SIZE", "DXGKDDI_INTERFACE_VERSION_WDDM3_2");
}
