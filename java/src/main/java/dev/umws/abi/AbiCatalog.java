package dev.umws.abi;

import java.lang.foreign.GroupLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every mirrored type, enum and macro of one header generation: what the fidelity checks, the
 * runtime table check and {@code umws layout} walk over. Adding a structure means adding its
 * class and one line here (see README, "Adding a structure").
 */
public final class AbiCatalog {

    /** A mirrored type: its layout in one generation and its bit-field members. */
    public record AbiType(String name, String header, GroupLayout layout, List<BitField> bits) {
    }

    /** An enumerator or macro: the enum type (or header) it belongs to, its C name and value. */
    public record AbiConstant(String group, String name, long value) {
    }

    private record Entry(String header, Generation since, Function<Generation, GroupLayout> layout,
            Function<Generation, List<BitField>> bits) {
    }

    private static final List<BitField> NONE = List.of();

    private static final List<Entry> ENTRIES = List.of(
            // d3dukmdt.h
            e("d3dukmdt.h", Generation.G1, D3DDDI_CREATEHWQUEUEFLAGS::layout, g -> D3DDDI_CREATEHWQUEUEFLAGS.BITS),
            e("d3dukmdt.h", Generation.G3, D3DDDI_DOORBELLMAPPING::layout, g -> NONE),
            e("d3dukmdt.h", Generation.G3, D3DDDI_NATIVEFENCEMAPPING::layout, g -> NONE),
            e("d3dukmdt.h", Generation.G3, D3DDDI_NATIVEFENCELOGDETAIL::layout, g -> NONE),
            e("d3dukmdt.h", Generation.G3, D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS::layout,
                    g -> D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS.BITS),
            // d3dkmthk.h
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATE_DOORBELL_FLAGS::layout, g -> D3DKMT_CREATE_DOORBELL_FLAGS.BITS),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATE_DOORBELL::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CONNECT_DOORBELL_FLAGS::layout, g -> D3DKMT_CONNECT_DOORBELL_FLAGS.BITS),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CONNECT_DOORBELL::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_DESTROY_DOORBELL::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS::layout,
                    g -> D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS.BITS),
            e("d3dkmthk.h", Generation.G1, D3DKMT_NOTIFY_WORK_SUBMISSION::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G3, D3DKMT_RESIZERINGBUFFER_FLAGS::layout, g -> D3DKMT_RESIZERINGBUFFER_FLAGS.BITS),
            e("d3dkmthk.h", Generation.G3, D3DKMT_RESIZERINGBUFFER::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G3, D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATEHWQUEUE::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_DESTROYHWQUEUE::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_SUBMITCOMMANDTOHWQUEUE::layout, g -> NONE),
            // d3dkmthk.h / d3dukmdt.h: devices, contexts, allocations, residency, waits
            e("d3dukmdt.h", Generation.G1, D3DDDI_CREATECONTEXTFLAGS::layout, g -> D3DDDI_CREATECONTEXTFLAGS.BITS),
            e("d3dukmdt.h", Generation.G1, D3DDDI_ALLOCATIONINFO2::layout, g -> D3DDDI_ALLOCATIONINFO2.BITS),
            e("d3dukmdt.h", Generation.G1, D3DDDICB_DESTROYALLOCATION2FLAGS::layout,
                    g -> D3DDDICB_DESTROYALLOCATION2FLAGS.BITS),
            e("d3dukmdt.h", Generation.G1, D3DDDI_MAKERESIDENT_FLAGS::layout, g -> D3DDDI_MAKERESIDENT_FLAGS.BITS),
            e("d3dukmdt.h", Generation.G1, D3DDDI_MAKERESIDENT::layout, g -> NONE),
            e("d3dukmdt.h", Generation.G1, D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE::layout,
                    g -> D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE.BITS),
            e("d3dukmdt.h", Generation.G1, D3DDDI_MAPGPUVIRTUALADDRESS::layout, g -> NONE),
            e("d3dukmdt.h", Generation.G1, D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS::layout,
                    g -> D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS.BITS),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATEDEVICEFLAGS::layout, g -> D3DKMT_CREATEDEVICEFLAGS.BITS),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATEDEVICE::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_DESTROYDEVICE::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATECONTEXTVIRTUAL::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_DESTROYCONTEXT::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATEALLOCATIONFLAGS::layout, D3DKMT_CREATEALLOCATIONFLAGS::bits),
            e("d3dkmthk.h", Generation.G1, D3DKMT_CREATEALLOCATION::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_DESTROYALLOCATION2::layout, g -> NONE),
            e("d3dkmthk.h", Generation.G1, D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU::layout, g -> NONE),
            // d3dkmddi.h: doorbell DDIs
            e("d3dkmddi.h", Generation.G1, DXGKARG_CREATEDOORBELL_FLAGS::layout, DXGKARG_CREATEDOORBELL_FLAGS::bits),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CONNECTDOORBELL_FLAGS::layout, g -> DXGKARG_CONNECTDOORBELL_FLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_DISCONNECTDOORBELL_FLAGS::layout,
                    g -> DXGKARG_DISCONNECTDOORBELL_FLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARGCB_DISCONNECTDOORBELL_FLAGS::layout,
                    g -> DXGKARGCB_DISCONNECTDOORBELL_FLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_NOTIFYWORKSUBMISSION_FLAGS::layout,
                    g -> DXGKARG_NOTIFYWORKSUBMISSION_FLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_FLUSHHWQUEUE_FLAGS::layout, g -> DXGKARG_FLUSHHWQUEUE_FLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CREATEDOORBELL::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CONNECTDOORBELL::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_DISCONNECTDOORBELL::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_DESTROYDOORBELL::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARGCB_DISCONNECTDOORBELL::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_NOTIFYWORKSUBMISSION::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_FLUSHHWQUEUE::layout, g -> NONE),
            // d3dkmddi.h: capabilities, hardware queues
            e("d3dkmddi.h", Generation.G1, DXGK_USERMODESUBMISSION_CAPS::layout, g -> DXGK_USERMODESUBMISSION_CAPS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_NODEMETADATA_FLAGS::layout, DXGK_NODEMETADATA_FLAGS::bits),
            e("d3dkmddi.h", Generation.G1, DXGK_VIDSCHCAPS::layout, g -> DXGK_VIDSCHCAPS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CREATEHWQUEUE::layout, g -> NONE),
            // d3dkmddi.h: interrupt path
            e("d3dkmddi.h", Generation.G1, DXGK_FAULT_ERROR_CODE::layout, g -> DXGK_FAULT_ERROR_CODE.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_MIRACAST_CHUNK_ID::layout, g -> DXGK_MIRACAST_CHUNK_ID.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_MIRACAST_CHUNK_INFO::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARGCB_PRESENT_DISPLAYONLY_PROGRESS::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS::layout,
                    g -> DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARGCB_NOTIFY_INTERRUPT_DATA::layout, g -> NONE),
            // dispmprt.h
            e("wddm_base.h", Generation.G1, UNICODE_STRING::layout, g -> NONE),
            e("dispmprt.h", Generation.G1, DXGK_START_INFO::layout, g -> NONE),
            e("dispmprt.h", Generation.G1, DXGKRNL_INTERFACE::layout, g -> NONE),
            e("dispmprt.h", Generation.G1, DRIVER_INITIALIZATION_DATA::layout, g -> NONE),
            // d3dkmddi.h: adapter, device, process, allocation and context DDIs
            e("d3dkmddi.h", Generation.G1, DXGK_QUERYADAPTERINFOFLAGS::layout, g -> DXGK_QUERYADAPTERINFOFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_QUERYADAPTERINFO::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGK_NODEMETADATA::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_GETNODEMETADATA::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGK_CREATEPROCESSFLAGS::layout, g -> DXGK_CREATEPROCESSFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CREATEPROCESS::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGK_CREATEDEVICEFLAGS::layout, g -> DXGK_CREATEDEVICEFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_DEVICEINFOFLAGS::layout, g -> DXGK_DEVICEINFOFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_DEVICEINFO::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CREATEDEVICE::layout, g -> NONE),
            e("d3dukmdt.h", Generation.G1, D3DDDI_SEGMENTPREFERENCE::layout, g -> D3DDDI_SEGMENTPREFERENCE.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_SEGMENTBANKPREFERENCE::layout, g -> DXGK_SEGMENTBANKPREFERENCE.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_ALLOCATIONINFOFLAGS::layout, g -> DXGK_ALLOCATIONINFOFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_ALLOCATIONINFOFLAGS_WDDM2_0::layout,
                    g -> DXGK_ALLOCATIONINFOFLAGS_WDDM2_0.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_ALLOCATIONINFOFLAGS2::layout, DXGK_ALLOCATIONINFOFLAGS2::bits),
            e("d3dkmddi.h", Generation.G1, DXGK_ALLOCATIONINFO::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGK_CREATEALLOCATIONFLAGS::layout, g -> DXGK_CREATEALLOCATIONFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CREATEALLOCATION::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGK_DESTROYALLOCATIONFLAGS::layout, g -> DXGK_DESTROYALLOCATIONFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGKARG_DESTROYALLOCATION::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGK_CREATECONTEXTFLAGS::layout, g -> DXGK_CREATECONTEXTFLAGS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_CONTEXTINFO_CAPS::layout, g -> DXGK_CONTEXTINFO_CAPS.BITS),
            e("d3dkmddi.h", Generation.G1, DXGK_CONTEXTINFO::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_CREATECONTEXT::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_SUSPENDCONTEXT::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_RESUMECONTEXT::layout, g -> NONE),
            e("d3dkmddi.h", Generation.G1, DXGKARG_RESETENGINE::layout, g -> NONE),
            // the shim's own table
            e("umws_abi.h", Generation.G1, UMWS_ABI_ENTRY::layout, g -> NONE),
            // the emulated GPU's memory formats and API structures
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_RING_CONTROL::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_PACKET_HEADER::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_PACKET_WRITE_FENCE::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_PACKET_TIMESTAMP::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_PACKET_COPY::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_PACKET_FILL::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_PACKET_DELAY::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_PACKET_INTERRUPT::layout, g -> NONE),
            e("umws_gpu_packets.h", Generation.G1, UMWS_GPU_IRQ_RECORD::layout, g -> NONE),
            e("umws_gpu.h", Generation.G1, UMWS_GPU_CONFIG::layout, g -> NONE),
            e("umws_gpu.h", Generation.G1, UMWS_GPU_QUEUE_DESC::layout, g -> NONE),
            e("umws_gpu.h", Generation.G1, UMWS_GPU_ENGINE_STATS::layout, g -> NONE),
            // the C UMD
            e("umws_cumd.h", Generation.G1, UMWS_CUMD_THUNKS::layout, g -> NONE),
            e("umws_cumd.h", Generation.G1, UMWS_CUMD_QUEUE::layout, g -> NONE),
            e("umws_os.h", Generation.G1, UMWS_CREATEALLOCATION::layout, g -> NONE),
            // the example UMD library (umws_umd_example)
            e("umws_umd_example.h", Generation.G1, UMWS_UMD_EXAMPLE_ARGS::layout, g -> NONE),
            e("umws_umd_example.h", Generation.G1, UMWS_UMD_EXAMPLE_RESULT::layout, g -> NONE));

    /** C enum types, each a 4-byte enum, with the class that holds its enumerators. */
    private static final Map<String, Class<?>> ENUMS = enums(
            D3DDDI_DOORBELLSTATUS.class, DXGK_INTERRUPT_TYPE.class, DXGK_ENGINE_STATE.class,
            DXGK_PAGE_FAULT_FLAGS.class, DXGK_RENDER_PIPELINE_STAGE.class, DXGK_GENERAL_ERROR_CODE.class,
            DXGK_MIRACAST_CHUNK_TYPE.class, DXGK_PRESENT_DISPLAY_ONLY_PROGRESS_ID.class,
            DXGK_ENGINE_TYPE.class);

    /** C enum types (4 bytes each) whose enumerators depend on the generation, with how to list them. */
    private static final Map<String, Function<Generation, Map<String, Long>>> GENERATION_ENUMS = Map.of(
            "D3DKMT_CLIENTHINT", D3DKMT_CLIENTHINT::enumerators);

    private AbiCatalog() {
    }

    private static Entry e(String header, Generation since, Function<Generation, GroupLayout> layout,
            Function<Generation, List<BitField>> bits) {
        return new Entry(header, since, layout, bits);
    }

    private static Map<String, Class<?>> enums(Class<?>... classes) {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        for (Class<?> c : classes) {
            out.put(c.getSimpleName(), c);
        }
        return out;
    }

    /** Every type that generation {@code g} has, in header order. */
    public static List<AbiType> types(Generation g) {
        List<AbiType> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (g.atLeast(e.since())) {
                GroupLayout layout = e.layout().apply(g);
                out.add(new AbiType(layout.name().orElseThrow(), e.header(), layout, e.bits().apply(g)));
            }
        }
        return out;
    }

    /** The names of the C enum types; each is 4 bytes on every ABI the mirror supports. */
    public static List<String> enumTypes() {
        List<String> out = new ArrayList<>(ENUMS.keySet());
        out.addAll(GENERATION_ENUMS.keySet());
        return List.copyOf(out);
    }

    /** Every enumerator and macro that generation {@code g} defines. */
    public static List<AbiConstant> constants(Generation g) {
        List<AbiConstant> out = new ArrayList<>();
        ENUMS.forEach((type, holder) -> Constants.of(holder)
                .forEach((name, value) -> out.add(new AbiConstant(type, name, value))));
        GENERATION_ENUMS.forEach((type, enumerators) -> enumerators.apply(g)
                .forEach((name, value) -> out.add(new AbiConstant(type, name, value))));
        d3dukmdt_h.defines(g).forEach((name, value) -> out.add(new AbiConstant("macro", name, value)));
        Constants.of(d3dkmddi_h.class).forEach((name, value) -> out.add(new AbiConstant("macro", name, value)));
        Constants.of(ntstatus_h.class).forEach((name, value) -> out.add(new AbiConstant("NTSTATUS", name, value)));
        Constants.of(umws_gpu_h.class).forEach((name, value) -> out.add(new AbiConstant("umws_gpu", name, value)));
        Constants.of(umws_umd_example_h.class)
                .forEach((name, value) -> out.add(new AbiConstant("umws_umd_example", name, value)));
        return out;
    }

    /** Macros that some generation defines and {@code g} does not: C must leave them undefined. */
    public static List<String> undefined(Generation g) {
        Map<String, Long> defined = d3dukmdt_h.defines(g);
        return d3dukmdt_h.GENERATION_DEPENDENT.stream().filter(n -> !defined.containsKey(n)).toList();
    }
}
