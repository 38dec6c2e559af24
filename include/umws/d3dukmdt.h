/*
 * d3dukmdt.h (umws mirror) - the user-mode/kernel-mode shared definitions of
 * user-mode work submission: interface versions, features, the doorbell status,
 * hardware-queue flags and, in G3, the doorbell and native-fence mappings.
 *
 * Source: docs/structures.md (S4 verbatim, S3a Learn syntax; the generations and their
 * sources S1..S12). Layouts are proven by the fidelity checks, not assumed.
 */
#ifndef UMWS_D3DUKMDT_H
#define UMWS_D3DUKMDT_H

#include "wddm_base.h"

/* Interface versions (S4). WDDM3_2 is 0x11007 in 26100-derived files (G2), 0x11008 in S4 (G3). */
#define DXGKDDI_INTERFACE_VERSION_WDDM3_0 0xF003
#define DXGKDDI_INTERFACE_VERSION_WDDM3_1 0x10004
#if UMWS_GENERATION >= 3
#define DXGKDDI_INTERFACE_VERSION_WDDM3_2 0x11008
#elif UMWS_GENERATION == 2
#define DXGKDDI_INTERFACE_VERSION_WDDM3_2 0x11007
#endif
#if UMWS_GENERATION >= 2
#define DXGKDDI_INTERFACE_VERSION DXGKDDI_INTERFACE_VERSION_WDDM3_2
#else
#define DXGKDDI_INTERFACE_VERSION DXGKDDI_INTERFACE_VERSION_WDDM3_1
#endif

/* Feature negotiation (S4, S10): DXGK_DEFINE_FEATURE_ID(c, id) = (c << 28) | id. */
#define DXGK_DEFINE_FEATURE_ID(Category, Id) (((UINT)(Category) << 28) | (UINT)(Id))
#define DXGK_FEATURE_CATEGORY_DRIVER 0
#define DXGK_DRIVER_FEATURE_HWSCH 0
#define DXGK_DRIVER_FEATURE_USER_MODE_SUBMISSION 4
#define DXGK_DRIVER_FEATURE_NATIVE_FENCE 37
#define DXGK_FEATURE_HWSCH \
    DXGK_DEFINE_FEATURE_ID(DXGK_FEATURE_CATEGORY_DRIVER, DXGK_DRIVER_FEATURE_HWSCH)
#define DXGK_FEATURE_USER_MODE_SUBMISSION \
    DXGK_DEFINE_FEATURE_ID(DXGK_FEATURE_CATEGORY_DRIVER, DXGK_DRIVER_FEATURE_USER_MODE_SUBMISSION)
#define DXGK_FEATURE_NATIVE_FENCE \
    DXGK_DEFINE_FEATURE_ID(DXGK_FEATURE_CATEGORY_DRIVER, DXGK_DRIVER_FEATURE_NATIVE_FENCE)

/* Doorbell private data limit (S4 _Field_range_), in bytes. */
#define D3DDDI_DOORBELL_PRIVATEDATA_MAX_BYTES_WDDM3_1 16
#if UMWS_GENERATION >= 3
/* New in G3 (absent from 26100-derived files), in bytes. */
#define D3DDDI_UMS_PDD_SIZE 64
#define D3DDDI_NATIVE_FENCE_PDD_SIZE 64
#endif

/*
 * The doorbell status the OS writes into the 64-bit status page (low 32 bits).
 * Header spelling: D3DDDI_DOORBELLSTATUS_*, not the docs' D3DDDI_DOORBELL_STATUS_*.
 */
typedef enum _D3DDDI_DOORBELLSTATUS
{
    D3DDDI_DOORBELLSTATUS_CONNECTED = 0,
    D3DDDI_DOORBELLSTATUS_CONNECTED_NOTIFY_KMD = 1,
    D3DDDI_DOORBELLSTATUS_DISCONNECTED_RETRY = 2,
    D3DDDI_DOORBELLSTATUS_DISCONNECTED_ABORT = 3,
} D3DDDI_DOORBELLSTATUS;

/* S4 verbatim; S3a (G2) has the same bits. Bit masks in the comments. */
typedef struct _D3DDDI_CREATEHWQUEUEFLAGS
{
    union
    {
        struct
        {
            UINT DisableGpuTimeout   : 1;   /* 0x00000001 */
            UINT NoBroadcastSignal   : 1;   /* 0x00000002 */
            UINT NoBroadcastWait     : 1;   /* 0x00000004 */
            UINT NoKmdAccess         : 1;   /* 0x00000008 */
            UINT UserModeSubmission  : 1;   /* 0x00000010 */
            UINT NativeProgressFence : 1;   /* 0x00000020: set by the OS only */
            UINT TestQueue           : 1;   /* 0x00000040 */
            UINT Reserved            : 25;  /* 0xFFFFFF80 */
        };
        UINT Value;
    };
} D3DDDI_CREATEHWQUEUEFLAGS;

/*
 * Five segment preferences, most preferred first, as a 5-bit segment id (0 = none) and a
 * direction bit (1 = allocate from the segment's end). The KMD's DXGK_SEGMENTPREFERENCE (in
 * DXGK_ALLOCATIONINFO) is this type. Same in every generation (S5 and the WDK 22621 headers).
 */
typedef struct _D3DDDI_SEGMENTPREFERENCE
{
    union
    {
        struct
        {
            UINT SegmentId0 : 5;    /* 0x0000001F */
            UINT Direction0 : 1;    /* 0x00000020 */
            UINT SegmentId1 : 5;    /* 0x000007C0 */
            UINT Direction1 : 1;    /* 0x00000800 */
            UINT SegmentId2 : 5;    /* 0x0001F000 */
            UINT Direction2 : 1;    /* 0x00020000 */
            UINT SegmentId3 : 5;    /* 0x007C0000 */
            UINT Direction3 : 1;    /* 0x00800000 */
            UINT SegmentId4 : 5;    /* 0x1F000000 */
            UINT Direction4 : 1;    /* 0x20000000 */
            UINT Reserved   : 2;    /* 0xC0000000 */
        };
        UINT Value;
    };
} D3DDDI_SEGMENTPREFERENCE;

#if UMWS_GENERATION >= 3
typedef struct _D3DDDI_DOORBELLMAPPING
{
    D3DKMT_PTR(VOID *, CpuVa);          /* out:     CPU VA of the connected doorbell */
    D3DKMT_PTR(VOID *, SecondaryCpuVa); /* out opt: secondary CPU VA */
} D3DDDI_DOORBELLMAPPING;

typedef struct _D3DDDI_NATIVEFENCEMAPPING
{
    D3DKMT_PTR(VOID *, CurrentValueCpuVa);                      /* read-only CPU mapping */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS CurrentValueGpuVa;    /* read/write GPU mapping */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS MonitoredValueGpuVa;  /* read/write GPU mapping */
    D3DKMT_ALIGN64 BYTE Reserved[32];
} D3DDDI_NATIVEFENCEMAPPING;

typedef struct _D3DDDI_NATIVEFENCELOGDETAIL
{
    UINT32 WaitLogNumberOfEntries;
    UINT32 SignalLogNumberOfEntries;
    D3DGPU_VIRTUAL_ADDRESS WaitLogGpuBaseAddress;
    D3DGPU_VIRTUAL_ADDRESS SignalLogGpuBaseAddress;
    BYTE Reserved[64];
} D3DDDI_NATIVEFENCELOGDETAIL;

typedef struct _D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS
{
    union
    {
        struct
        {
            UINT DisableGpuTimeout              : 1;  /* 0x01 */
            UINT NoBroadcastSignal              : 1;  /* 0x02 */
            UINT NoBroadcastWait                : 1;  /* 0x04 */
            UINT NoKmdAccess                    : 1;  /* 0x08 */
            UINT TestQueue                      : 1;  /* 0x10 */
            UINT DoorbellRequiresSecondaryCpuVA : 1;  /* 0x20 */
            UINT Reserved                       : 26;
        };
        UINT Value;
    };
} D3DDDI_CREATEHWQUEUEFORUSERMODESUBMISSION_FLAGS;
#endif /* UMWS_GENERATION >= 3 */

/* ---- Devices, contexts, allocations, residency, GPU VA, CPU waits --------------------- */
/*
 * What a UMD needs besides doorbells and hardware queues: the shared D3DDDI_* types of
 * D3DKMTCreateContextVirtual, D3DKMTCreateAllocation2, D3DKMTDestroyAllocation2,
 * D3DKMTMakeResident, D3DKMTMapGpuVirtualAddress and D3DKMTWaitForSynchronizationObjectFromCpu.
 * The same in every generation (docs/structures.md, "Devices, contexts, allocations").
 */

/* Declared, not mirrored: D3DKMT_CREATEDEVICE and D3DKMT_CREATEALLOCATION only point at them. */
typedef struct _D3DDDI_ALLOCATIONINFO D3DDDI_ALLOCATIONINFO;
typedef struct _D3DDDI_ALLOCATIONLIST D3DDDI_ALLOCATIONLIST;
typedef struct _D3DDDI_PATCHLOCATIONLIST D3DDDI_PATCHLOCATIONLIST;

/* Context creation flags; bits 4..6 from WDDM 2.3 on. Bit masks in the comments. */
typedef struct _D3DDDI_CREATECONTEXTFLAGS
{
    union
    {
        struct
        {
            UINT NullRendering       : 1;   /* 0x00000001 */
            UINT InitialData         : 1;   /* 0x00000002 */
            UINT DisableGpuTimeout   : 1;   /* 0x00000004 */
            UINT SynchronizationOnly : 1;   /* 0x00000008 */
            UINT HwQueueSupported    : 1;   /* 0x00000010: the context may own hardware queues */
            UINT NoKmdAccess         : 1;   /* 0x00000020 */
            UINT TestContext         : 1;   /* 0x00000040 */
            UINT Reserved            : 25;  /* 0xFFFFFF80 */
        };
        UINT Value;
    };
} D3DDDI_CREATECONTEXTFLAGS;

/* One allocation of D3DKMTCreateAllocation2 (pAllocationInfo2 of D3DKMT_CREATEALLOCATION). */
typedef struct _D3DDDI_ALLOCATIONINFO2
{
    D3DKMT_HANDLE hAllocation;                      /* out */
    UINT Padding0;                                  /* implicit in the Windows header */
    union
    {
        HANDLE hSection;                            /* in: section, with ExistingSection */
        const VOID *pSystemMem;                     /* in opt: pre-allocated system memory */
    };
    D3DKMT_PTR(VOID *, pPrivateDriverData);         /* in, out opt: handed to the KMD */
    UINT PrivateDriverDataSize;                     /* in, bytes */
    D3DDDI_VIDEO_PRESENT_SOURCE_ID VidPnSourceId;   /* in: only for a primary */
    union
    {
        struct
        {
            UINT Primary          : 1;              /* 0x00000001 */
            UINT Stereo           : 1;              /* 0x00000002 */
            UINT OverridePriority : 1;              /* 0x00000004: Priority below is valid */
            UINT Reserved         : 29;             /* 0xFFFFFFF8 */
        };
        UINT Value;
    } Flags;
    UINT Padding1;                                  /* implicit in the Windows header */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS GpuVirtualAddress;    /* out: GPU VA of the allocation */
    union
    {
        UINT Priority;                              /* in, with OverridePriority */
        D3DKMT_ALIGN64 ULONG_PTR Unused;            /* sizes the union to 8 bytes */
    };
    D3DKMT_ALIGN64 ULONG_PTR Reserved[5];
} D3DDDI_ALLOCATIONINFO2;

/* D3DKMTDestroyAllocation2 flags. SystemUseOnly is the top bit, after Reserved. */
typedef struct _D3DDDICB_DESTROYALLOCATION2FLAGS
{
    union
    {
        struct
        {
            UINT AssumeNotInUse     : 1;    /* 0x00000001 */
            UINT SynchronousDestroy : 1;    /* 0x00000002 */
            UINT Reserved           : 29;   /* 0x7FFFFFFC */
            UINT SystemUseOnly      : 1;    /* 0x80000000: the UMD leaves it 0 */
        };
        UINT Value;
    };
} D3DDDICB_DESTROYALLOCATION2FLAGS;

/* The header names this tag without the leading underscore (so do the other WDDM 2.0 paging types). */
typedef struct D3DDDI_MAKERESIDENT_FLAGS
{
    union
    {
        struct
        {
            UINT CantTrimFurther : 1;   /* 0x00000001: may exceed the budget, not the maximum */
            UINT MustSucceed     : 1;   /* 0x00000002: failure puts the device in error */
            UINT Reserved        : 30;
        };
        UINT Value;
    };
} D3DDDI_MAKERESIDENT_FLAGS;

/* The argument of D3DKMTMakeResident. */
typedef struct D3DDDI_MAKERESIDENT
{
    D3DKMT_HANDLE hPagingQueue;                             /* in: paging queue that orders the work */
    UINT NumAllocations;                                    /* in: entries in AllocationList;
                                                               out: how many were made resident */
    D3DKMT_PTR(const D3DKMT_HANDLE *, AllocationList);      /* in */
    D3DKMT_PTR(const UINT *, PriorityList);                 /* in: one residency priority each */
    D3DDDI_MAKERESIDENT_FLAGS Flags;                        /* in */
    UINT Padding0;                                          /* implicit in the Windows header */
    D3DKMT_ALIGN64 UINT64 PagingFenceValue;                 /* out: wait for this value of the paging
                                                               queue's fence before using them */
    D3DKMT_ALIGN64 UINT64 NumBytesToTrim;                   /* out: bytes to trim when over budget */
} D3DDDI_MAKERESIDENT;

/* GPU VA protection, a 64-bit flag word. */
typedef struct _D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE
{
    union
    {
        struct
        {
            UINT64 Write         : 1;   /* bit 0 */
            UINT64 Execute       : 1;   /* bit 1 */
            UINT64 Zero          : 1;   /* bit 2 */
            UINT64 NoAccess      : 1;   /* bit 3 */
            UINT64 SystemUseOnly : 1;   /* bit 4: the UMD leaves it 0 */
            UINT64 Reserved      : 59;  /* bits 5..63 */
        };
        D3DKMT_ALIGN64 UINT64 Value;
    };
} D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE;

/* The argument of D3DKMTMapGpuVirtualAddress. Sizes and offsets of the mapping are in 4 KiB pages. */
typedef struct D3DDDI_MAPGPUVIRTUALADDRESS
{
    D3DKMT_HANDLE hPagingQueue;                                 /* in */
    UINT Padding0;                                              /* implicit in the Windows header */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS BaseAddress;           /* in opt: map exactly here */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS MinimumAddress;        /* in opt */
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS MaximumAddress;        /* in opt */
    D3DKMT_HANDLE hAllocation;                                  /* in */
    UINT Padding1;                                              /* implicit in the Windows header */
    D3DKMT_ALIGN64 D3DGPU_SIZE_T OffsetInPages;                 /* in: 4 KiB pages into the allocation */
    D3DKMT_ALIGN64 D3DGPU_SIZE_T SizeInPages;                   /* in: 4 KiB pages to map */
    D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE Protection;         /* in */
    D3DKMT_ALIGN64 UINT64 DriverProtection;                     /* in: driver-defined */
    UINT Reserved0;
    UINT Padding2;                                              /* implicit in the Windows header */
    D3DKMT_ALIGN64 UINT64 Reserved1;
    D3DKMT_ALIGN64 D3DGPU_VIRTUAL_ADDRESS VirtualAddress;        /* out */
    D3DKMT_ALIGN64 UINT64 PagingFenceValue;                     /* out: wait for it before GPU use */
} D3DDDI_MAPGPUVIRTUALADDRESS;

/* D3DKMTWaitForSynchronizationObjectFromCpu flags. */
typedef struct _D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS
{
    union
    {
        struct
        {
            UINT WaitAny  : 1;  /* 0x00000001: any one condition ends the wait, not all */
            UINT Reserved : 31;
        };
        UINT Value;
    };
} D3DDDI_WAITFORSYNCHRONIZATIONOBJECTFROMCPU_FLAGS;

#endif /* UMWS_D3DUKMDT_H */
