/*
 * abi_bits.c - measures each bit-field member of the mirrored flag unions with this
 * compiler: the member is set to all ones (~0 of itself, so no constant is truncated) in a
 * zeroed object, and the run of set bits gives its position and width.
 */
#include <string.h>

#include "abi_internal.h"

/* Bit i of the object is bit (i % 8) of byte (i / 8): little-endian numbering. */
static void umws_abi_bit_run(const unsigned char *bytes, size_t size, UMWS_ABI_ENTRY *out)
{
    uint64_t first = UINT64_MAX;
    uint64_t count = 0;
    for (size_t i = 0; i < size * 8; i++) {
        if (bytes[i / 8] & (1u << (i % 8))) {
            if (first == UINT64_MAX) {
                first = i;
            }
            count++;
        }
    }
    out->Position = first;
    out->Extent = count;
}

#define UMWS_PROBE(T, path)                                                     \
    if (index == k++) {                                                         \
        T v;                                                                    \
        UMWS_STATIC_ASSERT(sizeof(T) <= UMWS_ABI_PROBE_MAX, "probe buffer");    \
        memset(&v, 0, sizeof v);                                                \
        v.path = ~v.path;                                                       \
        memcpy(bytes, &v, sizeof v);                                            \
        out->TypeName = #T;                                                     \
        out->MemberName = #path;                                                \
        *size = sizeof v;                                                       \
        return 0;                                                               \
    }

static int umws_abi_probe(uint32_t index, unsigned char *bytes, size_t *size, UMWS_ABI_ENTRY *out)
{
    uint32_t k = 0;
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, DisableGpuTimeout)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, NoBroadcastSignal)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, NoBroadcastWait)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, NoKmdAccess)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, UserModeSubmission)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, NativeProgressFence)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, TestQueue)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFLAGS, Reserved)
#if UMWS_GENERATION >= 3
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS, DisableGpuTimeout)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS, NoBroadcastSignal)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS, NoBroadcastWait)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS, NoKmdAccess)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS, TestQueue)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS, DoorbellRequiresSecondaryCpuVA)
    UMWS_PROBE(D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS, Reserved)
#endif
    UMWS_PROBE(D3DKMT_CREATE_DOORBELL_FLAGS, RequireSecondaryCpuVA)
    UMWS_PROBE(D3DKMT_CREATE_DOORBELL_FLAGS, ResizeRingBufferOperation)
    UMWS_PROBE(D3DKMT_CREATE_DOORBELL_FLAGS, Reserved)
    UMWS_PROBE(D3DKMT_CONNECT_DOORBELL_FLAGS, Reserved)
    UMWS_PROBE(D3DKMT_NOTIFY_WORK_SUBMISSION_FLAGS, Reserved)
#if UMWS_GENERATION >= 3
    UMWS_PROBE(D3DKMT_RESIZERINGBUFFER_FLAGS, Reserved)
#endif
    /* d3dkmthk.h / d3dukmdt.h: devices, contexts, allocations, residency, waits */
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, NullRendering)
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, InitialData)
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, DisableGpuTimeout)
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, SynchronizationOnly)
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, HwQueueSupported)
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, NoKmdAccess)
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, TestContext)
    UMWS_PROBE(D3DDDI_CREATECONTEXTFLAGS, Reserved)
    UMWS_PROBE(D3DDDI_ALLOCATIONINFO2, Flags.Primary)
    UMWS_PROBE(D3DDDI_ALLOCATIONINFO2, Flags.Stereo)
    UMWS_PROBE(D3DDDI_ALLOCATIONINFO2, Flags.OverridePriority)
    UMWS_PROBE(D3DDDI_ALLOCATIONINFO2, Flags.Reserved)
    UMWS_PROBE(D3DDDICB_DESTROYALLOCATION2FLAGS, AssumeNotInUse)
    UMWS_PROBE(D3DDDICB_DESTROYALLOCATION2FLAGS, SynchronousDestroy)
    UMWS_PROBE(D3DDDICB_DESTROYALLOCATION2FLAGS, Reserved)
    UMWS_PROBE(D3DDDICB_DESTROYALLOCATION2FLAGS, SystemUseOnly)
    UMWS_PROBE(D3DDDI_MAKERESIDENT_FLAGS, CantTrimFurther)
    UMWS_PROBE(D3DDDI_MAKERESIDENT_FLAGS, MustSucceed)
    UMWS_PROBE(D3DDDI_MAKERESIDENT_FLAGS, Reserved)
    UMWS_PROBE(D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE, Write)
    UMWS_PROBE(D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE, Execute)
    UMWS_PROBE(D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE, Zero)
    UMWS_PROBE(D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE, NoAccess)
    UMWS_PROBE(D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE, SystemUseOnly)
    UMWS_PROBE(D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE, Reserved)
    UMWS_PROBE(D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS, WaitAny)
    UMWS_PROBE(D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS, Reserved)
    UMWS_PROBE(D3DKMT_CREATEDEVICEFLAGS, LegacyMode)
    UMWS_PROBE(D3DKMT_CREATEDEVICEFLAGS, RequestVSync)
    UMWS_PROBE(D3DKMT_CREATEDEVICEFLAGS, DisableGpuTimeout)
    UMWS_PROBE(D3DKMT_CREATEDEVICEFLAGS, TestDevice)
    UMWS_PROBE(D3DKMT_CREATEDEVICEFLAGS, Reserved)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, CreateResource)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, CreateShared)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, NonSecure)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, CreateProtected)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, RestrictSharedAccess)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, ExistingSysMem)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, NtSecuritySharing)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, ReadOnly)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, CreateWriteCombined)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, CreateCached)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, SwapChainBackBuffer)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, CrossAdapter)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, OpenCrossAdapter)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, PartialSharedCreation)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, Zeroed)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, WriteWatch)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, StandardAllocation)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, ExistingSection)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, AllowNotZeroed)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, PhysicallyContiguous)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, NoKmdAccess)
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, SharedDisplayable)
#if UMWS_GENERATION >= 2
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, NoImplicitSynchronization)
#endif
    UMWS_PROBE(D3DKMT_CREATEALLOCATIONFLAGS, Reserved)
#if UMWS_GENERATION == 1
    UMWS_PROBE(DXGKARG_CREATEDOORBELL_FLAGS, RequireSecondaryCpuVA)
#endif
    UMWS_PROBE(DXGKARG_CREATEDOORBELL_FLAGS, ResizeRingBufferOperation)
    UMWS_PROBE(DXGKARG_CREATEDOORBELL_FLAGS, Reserved)
    UMWS_PROBE(DXGKARG_CONNECTDOORBELL_FLAGS, RequireSecondaryAddress)
    UMWS_PROBE(DXGKARG_CONNECTDOORBELL_FLAGS, Reserved)
    UMWS_PROBE(DXGKARG_DISCONNECTDOORBELL_FLAGS, Reserved)
    UMWS_PROBE(DXGKARGCB_DISCONNECTDOORBELL_FLAGS, Reserved)
    UMWS_PROBE(DXGKARG_NOTIFYWORKSUBMISSION_FLAGS, Reserved)
    UMWS_PROBE(DXGKARG_FLUSHHWQUEUE_FLAGS, Reserved)
    UMWS_PROBE(DXGK_USERMODESUBMISSION_CAPS, Flags.SecondaryDoorbellSupported)
    UMWS_PROBE(DXGK_USERMODESUBMISSION_CAPS, Flags.Reserved)
    UMWS_PROBE(DXGK_NODEMETADATA_FLAGS, ContextSchedulingSupported)
    UMWS_PROBE(DXGK_NODEMETADATA_FLAGS, RingBufferFenceRelease)
    UMWS_PROBE(DXGK_NODEMETADATA_FLAGS, SupportTrackedWorkload)
    UMWS_PROBE(DXGK_NODEMETADATA_FLAGS, UserModeSubmission)
#if UMWS_GENERATION >= 2
    UMWS_PROBE(DXGK_NODEMETADATA_FLAGS, SupportBuildTestCommandBuffer)
#endif
#if UMWS_GENERATION >= 3
    UMWS_PROBE(DXGK_NODEMETADATA_FLAGS, SupportFaultAndStall)
#endif
    UMWS_PROBE(DXGK_NODEMETADATA_FLAGS, Reserved)
    UMWS_PROBE(DXGK_VIDSCHCAPS, MultiEngineAware)
    UMWS_PROBE(DXGK_VIDSCHCAPS, VSyncPowerSaveAware)
    UMWS_PROBE(DXGK_VIDSCHCAPS, PreemptionAware)
    UMWS_PROBE(DXGK_VIDSCHCAPS, NoDmaPatching)
    UMWS_PROBE(DXGK_VIDSCHCAPS, CancelCommandAware)
    UMWS_PROBE(DXGK_VIDSCHCAPS, No64BitAtomics)
    UMWS_PROBE(DXGK_VIDSCHCAPS, LowIrqlPreemptCommand)
    UMWS_PROBE(DXGK_VIDSCHCAPS, HwQueuePacketCap)
    UMWS_PROBE(DXGK_VIDSCHCAPS, NativeGpuFence)
    UMWS_PROBE(DXGK_VIDSCHCAPS, OptimizedNativeFenceSignaledInterrupt)
    UMWS_PROBE(DXGK_VIDSCHCAPS, Reserved)
    UMWS_PROBE(DXGK_FAULT_ERROR_CODE, IsDeviceSpecificCode)
    UMWS_PROBE(DXGK_FAULT_ERROR_CODE, GeneralErrorCode)
    UMWS_PROBE(DXGK_FAULT_ERROR_CODE, IsDeviceSpecificCodeReservedBit)
    UMWS_PROBE(DXGK_FAULT_ERROR_CODE, DeviceSpecificCode)
    UMWS_PROBE(DXGK_MIRACAST_CHUNK_ID, FrameNumber)
    UMWS_PROBE(DXGK_MIRACAST_CHUNK_ID, PartNumber)
    UMWS_PROBE(DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS, ValidPhysicalAdapterMask)
    UMWS_PROBE(DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS, HsyncFlipCompletion)
    UMWS_PROBE(DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS, EvaluateLegacyMonitoredFences)
    UMWS_PROBE(DXGKCB_NOTIFY_INTERRUPT_DATA_FLAGS, Reserved)
    return -1;
}

uint32_t umws_abi_bits_count(void)
{
    unsigned char bytes[UMWS_ABI_PROBE_MAX];
    UMWS_ABI_ENTRY e;
    size_t size;
    uint32_t n = 0;
    while (umws_abi_probe(n, bytes, &size, &e) == 0) {
        n++;
    }
    return n;
}

int umws_abi_bits_measure(uint32_t index, UMWS_ABI_ENTRY *out)
{
    unsigned char bytes[UMWS_ABI_PROBE_MAX];
    size_t size = 0;
    memset(out, 0, sizeof *out);
    if (umws_abi_probe(index, bytes, &size, out) != 0) {
        return -1;
    }
    out->Kind = UMWS_ABI_KIND_BITS;
    umws_abi_bit_run(bytes, size, out);
    return 0;
}
