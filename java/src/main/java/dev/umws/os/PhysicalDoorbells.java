package dev.umws.os;

import dev.umws.gpu.Gpu;

import java.util.HashMap;
import java.util.Map;

/**
 * Which physical doorbell of the device an address from DxgkDdiConnectDoorbell names. G1/G2 hand
 * the OS a kernel CPU VA and the Windows kernel maps the page that holds it (it drops the offset in
 * the page, so the UMD rings at the page's start: here, the page's first doorbell); G3 hands it a
 * physical address, for which this GPU's BAR address stands, and the mapping the UMD gets keeps the
 * offset (so the exact doorbell). An address of no doorbell of this device, or NULL, breaks rule 14.
 * Built once at adapter start; read-only afterwards.
 */
final class PhysicalDoorbells {
    private static final long PAGE = 4096;
    private final long bar;
    private final Map<Long, Integer> exact = new HashMap<>();
    private final Map<Long, Integer> exactSecondary = new HashMap<>();
    private final Map<Long, Integer> firstInPage = new HashMap<>();
    private final Map<Long, Integer> firstInPageSecondary = new HashMap<>();

    PhysicalDoorbells(Gpu gpu) {
        this.bar = gpu.bar().address();
        for (int i = 0; i < gpu.config().doorbellCount(); i++) {
            add(gpu.doorbellOffset(i, false), i, exact, firstInPage);
            if (gpu.config().secondaryDoorbells()) {
                add(gpu.doorbellOffset(i, true), i, exactSecondary, firstInPageSecondary);
            }
        }
    }

    private void add(long offset, int index, Map<Long, Integer> byAddress, Map<Long, Integer> byPage) {
        byAddress.put(bar + offset, index);
        byPage.putIfAbsent((bar + offset) / PAGE, index); // indices rise with offsets: the first stays
    }

    /** The doorbell index, or -1 after reporting rule 14. */
    int resolve(Dxgkrnl os, String object, long address, boolean secondary) {
        String what = secondary ? "secondary address" : "address";
        if (address == 0) {
            os.violations.report(Rule.R14_CONNECT_ADDRESS, object, "DxgkDdiConnectDoorbell",
                    "returned a NULL " + what + " (on Windows a fatal driver error, 0x113 sub-code 0x33)");
            return -1;
        }
        Integer index = DoorbellLife.G3 ? (secondary ? exactSecondary : exact).get(address)
                : (secondary ? firstInPageSecondary : firstInPage).get(address / PAGE);
        if (index == null) {
            os.violations.report(Rule.R14_CONNECT_ADDRESS, object, "DxgkDdiConnectDoorbell",
                    "returned " + what + " " + Dxgkrnl.hex(address) + ", which is no doorbell of this device");
            return -1;
        }
        return index;
    }
}
