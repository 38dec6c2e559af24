/*
 * reference_kmd.h - the reference KMD in C: its objects and the functions its files share.
 * Internal to native/kmd; a Windows KMD would keep the same in its private headers.
 *
 * Handles: every object's KMD handle is its address, and the object starts with a magic word
 * of its kind and its adapter (DDIs such as DxgkDdiCreateContext or DxgkDdiConnectDoorbell name
 * no adapter). A handle whose magic is wrong (NULL, another kind, an object destroyed) is answered
 * as the Java ReferenceKmd answers a handle it does not know (STATUS_INVALID_PARAMETER, or
 * STATUS_NO_MEMORY from create and connect); the OS only ever hands back live handles this driver
 * gave it, so a freed object's memory is never read in practice (as in kmd_host.c, a freed
 * handle would still be the caller's bug).
 */
#ifndef UMWS_REFERENCE_KMD_H
#define UMWS_REFERENCE_KMD_H

#include <stdatomic.h>
#include <stddef.h>

#include "umws/ntstatus.h"
#include "umws/umws_kmd.h"

#include "kmd_sync.h"

#if defined(_WIN32)
#define KMD_EXPORT __declspec(dllexport)
#else
#define KMD_EXPORT __attribute__((visibility("default")))
#endif

/* G3 names doorbells by their queue and connects to a physical address. */
#define KMD_G3 (UMWS_GENERATION >= 3)

/* How long a connect waits for a doorbell before it answers STATUS_NO_MEMORY (ns). */
#define KMD_WAIT_NS 2000000000ull
/* How long a victim's already-rung work may take to drain before its doorbell is taken anyway (ns). */
#define KMD_DRAIN_NS 200000000ull

/*
 * The broken twin (umws_kmd_broken, built from these sources with UMWS_KMD_BROKEN=1) breaks one
 * rule, chosen with its export umws_kmd_broken_select before the adapter is added. The reference
 * library compiles every fault away.
 */
enum
{
    KMD_FAULT_NONE = 0,
    KMD_FAULT_MUST_SUCCEED_FAILS = 1,      /* rules 4 and 13: disconnect and destroy answer STATUS_UNSUCCESSFUL */
    KMD_FAULT_NULL_CONNECT_ADDRESS = 2,    /* rule 14: connect returns a NULL doorbell address */
    KMD_FAULT_BIND_AT_CREATE = 3,          /* rule 1: create binds a physical doorbell */
    KMD_FAULT_NO_DPC = 4,                  /* rule 9d: the ISR notifies but queues no DPC */
    KMD_FAULT_BAD_CALLBACK_POINTER = 5,    /* rule 16: wild pointers to DxgkCbNotifyInterrupt and DxgkCbDisconnectDoorbell */
    KMD_FAULT_LOCK_ACROSS_CALLBACK = 6,    /* rule 15: a lock of its own held across DxgkCbDisconnectDoorbell */
    KMD_FAULT_CRASH_IN_CONNECT = 7,        /* no rule: connect writes through a NULL pointer (the process dies;
                                              what the crash report names is the point) */
    KMD_FAULT_COUNT = 8
};

#if defined(UMWS_KMD_BROKEN)
#define KMD_FAULT(a, f) ((a)->fault == (f))
#else
#define KMD_FAULT(a, f) 0
#endif

/* An intrusive doubly linked list; a list is its sentinel node. */
typedef struct kmd_link
{
    struct kmd_link *prev;
    struct kmd_link *next;
} kmd_link;

#define KMD_CONTAINER(ptr, type, member) ((type *)(void *)((char *)(ptr) - offsetof(type, member)))

/* Magic words ("UMKA", "UMKP", ...): the first member of every object. */
enum
{
    KMD_MAGIC_ADAPTER = 0x414B4D55u,
    KMD_MAGIC_PROCESS = 0x504B4D55u,
    KMD_MAGIC_DEVICE = 0x444B4D55u,
    KMD_MAGIC_CONTEXT = 0x434B4D55u,
    KMD_MAGIC_ALLOCATION = 0x4C4B4D55u,
    KMD_MAGIC_QUEUE = 0x514B4D55u,
    KMD_MAGIC_DOORBELL = 0x424B4D55u,
    KMD_MAGIC_DEAD = 0x584B4D55u
};

struct kmd_adapter;

/* What every object starts with. */
typedef struct kmd_object
{
    uint32_t magic;
    uint32_t padding;
    struct kmd_adapter *adapter;
    kmd_link link;                       /* in its adapter's list of its kind */
} kmd_object;

typedef struct kmd_process
{
    kmd_object o;
    umws_gpu_vaspace *space; /* from umws_kmd_process_vaspace(hDxgkProcess) */
} kmd_process;

typedef struct kmd_device
{
    kmd_object o;
    kmd_process *process; /* NULL when the OS named none */
} kmd_device;

/* A hardware context: its engine and VA space, whether the OS suspended it, its connects in flight. */
typedef struct kmd_context
{
    kmd_object o;
    kmd_device *device;
    umws_gpu_vaspace *space;
    uint32_t engine;
    uint32_t suspended;
    /* Connects of this context's doorbells in flight: the OS holds its context lock meanwhile. */
    uint32_t connecting;
} kmd_context;

typedef struct kmd_allocation
{
    kmd_object o;
} kmd_allocation;

struct kmd_doorbell;

/* A hardware queue; its GPU queue exists from doorbell creation on (that is when the ring is known). */
typedef struct kmd_queue
{
    kmd_object o;
    kmd_context *context;
    HANDLE os_handle;                    /* DXGKARG_CREATEHWQUEUE.hHwQueue in: what the callback names */
    D3DGPU_VIRTUAL_ADDRESS progress_fence_va;
    uint32_t id;                         /* the GPU's QueueId: interrupt records name it */
    struct kmd_doorbell *doorbell;
} kmd_queue;

/*
 * A doorbell: its GPU queue and, while connected, its physical doorbell. A victimizer holds a
 * doorbell across the callback, the kick and the drain without the lock (counted in 'leaving');
 * a doorbell destroyed meanwhile stays allocated, marked destroyed, until the last victimizer
 * lets go. Its fields the victimizer reads without the lock never change after creation.
 */
typedef struct kmd_doorbell
{
    kmd_object o;
    kmd_link lru;                        /* in the pool's LRU list while it holds a physical doorbell */
    kmd_queue *queue;                    /* NULL once destroyed */
    umws_gpu_queue *gpu_queue;           /* NULL once destroyed */
    HANDLE os_handle;                    /* G1/G2: DXGKARG_CREATEDOORBELL.hDoorbell in; G3: the queue's */
    HANDLE os_queue_handle;              /* the queue's OS handle: DXGKARGCB_DISCONNECTDOORBELL.hHwQueue */
    kmd_context *context;                /* valid while not destroyed */
    uint32_t engine;
    int32_t physical;                    /* the allocator slot, -1 when it holds none */
    uint32_t leaving;                    /* victimizations in progress */
    uint64_t connects;                   /* successful connects: a victimizer that sees it change lets go */
    uint32_t destroyed;
} kmd_doorbell;

/* The physical doorbells: free slots first in, first out; the connected doorbells in LRU order. */
typedef struct kmd_pool
{
    uint32_t count;      /* slots: DoorbellCount, or MaxQueuesPerEngine on the GLOBAL placement */
    uint32_t *free;      /* a ring of free slots */
    uint32_t free_head;
    uint32_t free_count;
    kmd_link lru;        /* least recently used first */
    uint32_t global;     /* every slot stands for doorbell 0 */
} kmd_pool;

/* The adapter: what DxgkDdiAddDevice returns as MiniportDeviceContext. */
typedef struct kmd_adapter
{
    uint32_t magic;
    uint32_t fault;                      /* KMD_FAULT_*, fixed at DxgkDdiAddDevice (broken twin only) */
    HANDLE device_handle;                /* DXGKRNL_INTERFACE.DeviceHandle */
    DXGKRNL_INTERFACE dxgkrnl;           /* the OS's callbacks, copied at DxgkDdiStartDevice */
    umws_gpu *gpu;
    UMWS_GPU_CONFIG config;

    /* The driver's lock: guards the lists, the pool and every object's fields. Held only for short
       steps: never across a callback, a kick or a drain (docs/locks.md). */
    kmd_lock lock;
    kmd_link processes, devices, contexts, allocations, queues, doorbells;
    kmd_pool pool;

    /* Queue ids -> KMD queue handles, for the ISR. The ISR must not wait for the driver's lock
       (it may run while a DDI holds it), so the ids have a lock of their own, a leaf held for a
       table access only, as a Windows KMD would use its interrupt spin lock. */
    kmd_lock ids_lock;
    HANDLE *ids;                         /* ids[id - 1]: the queue's handle, NULL when free */
    uint32_t id_capacity;
    uint32_t *free_ids;
    uint32_t free_id_count;
    uint32_t next_id;

    /* The interrupt thread's own (the ISR is never re-entered): no lock. */
    UMWS_GPU_IRQ_RECORD irq_record;
    DXGKARGCB_NOTIFY_INTERRUPT_DATA notify_data;

    /* The broken twin's lock held across the callback (KMD_FAULT_LOCK_ACROSS_CALLBACK), and what
       makes its deadlock certain in a test: the first connect that must victimize waits, holding
       it, until another connect contends for it (relaxed atomics: only their values matter). */
    kmd_lock naive;
    atomic_int naive_armed;
    atomic_int naive_contenders;
} kmd_adapter;

/* ---- Lists ------------------------------------------------------------------------------- */
void kmd_list_init(kmd_link *list);
void kmd_list_add_tail(kmd_link *list, kmd_link *node);
void kmd_list_remove(kmd_link *node);

/* ---- The doorbell pool (doorbell_pool.c); 'lock' is the adapter's lock -------------------- */
int kmd_pool_init(kmd_adapter *a);
void kmd_pool_fini(kmd_adapter *a);
/* The BAR doorbell of slot 'slot': itself, or with the GLOBAL placement the one doorbell. */
uint32_t kmd_pool_bar_index(const kmd_adapter *a, int32_t slot);
/*
 * Binds 'd' to a physical doorbell, taking one back from a victim when none is free; returns its
 * slot, or -1 (none within KMD_WAIT_NS, the queue faulted, or 'd' was destroyed). The caller has
 * counted its connect in its context and holds no lock.
 */
int32_t kmd_pool_acquire(kmd_adapter *a, kmd_doorbell *d);
/* Unbinds 'd' and frees its slot; the lock is held. */
void kmd_pool_release(kmd_adapter *a, kmd_doorbell *d);
/* Frees a destroyed doorbell once no victimizer holds it; the lock is held. */
void kmd_doorbell_free_if_unused(kmd_doorbell *d);

/* ---- Objects (reference_kmd.c) ------------------------------------------------------------ */
/* A new zeroed object of 'bytes' with its magic and adapter, in 'list' (the lock is held), or NULL. */
void *kmd_object_new(kmd_adapter *a, size_t bytes, uint32_t magic, kmd_link *list);
/* Out of its list and marked dead (the lock is held); the caller frees it. */
void kmd_object_unlink(kmd_object *o);
/* The object 'h' if it is a live one of that kind, else NULL (read without the lock: see above). */
void *kmd_object_of(HANDLE h, uint32_t magic);
kmd_adapter *kmd_adapter_of(HANDLE h);
/* The doorbell a doorbell DDI names: G1/G2 by the KMD's doorbell handle, G3 by its queue. */
kmd_doorbell *kmd_doorbell_named(HANDLE h);
/* A new GPU queue id for 'q' (1 and up), or 0 when out of memory; and its end. */
uint32_t kmd_id_new(kmd_adapter *a, HANDLE q);
void kmd_id_free(kmd_adapter *a, uint32_t id);
/* The KMD handle of the queue the GPU calls 'id', or NULL (takes only the ids' lock). */
HANDLE kmd_queue_of_id(kmd_adapter *a, uint32_t id);

/* ---- The DDIs of kmd_objects.c and kmd_doorbells.c (DriverEntry's table) ------------------- */
NTSTATUS APIENTRY kmd_create_process(HANDLE hAdapter, DXGKARG_CREATEPROCESS *pArgs);
NTSTATUS APIENTRY kmd_destroy_process(HANDLE hAdapter, HANDLE hKmdProcess);
NTSTATUS APIENTRY kmd_create_device(HANDLE hAdapter, DXGKARG_CREATEDEVICE *pCreateDevice);
NTSTATUS APIENTRY kmd_destroy_device(HANDLE hDevice);
NTSTATUS APIENTRY kmd_create_allocation(HANDLE hAdapter, DXGKARG_CREATEALLOCATION *pCreateAllocation);
NTSTATUS APIENTRY kmd_destroy_allocation(HANDLE hAdapter, const DXGKARG_DESTROYALLOCATION *pDestroyAllocation);
NTSTATUS APIENTRY kmd_create_context(HANDLE hDevice, DXGKARG_CREATECONTEXT *pCreateContext);
NTSTATUS APIENTRY kmd_destroy_context(HANDLE hContext);
NTSTATUS APIENTRY kmd_create_hw_queue(HANDLE hHwContext, DXGKARG_CREATEHWQUEUE *pCreateHwQueue);
NTSTATUS APIENTRY kmd_destroy_hw_queue(HANDLE hHwQueue);
NTSTATUS APIENTRY kmd_suspend_context(HANDLE hAdapter, const DXGKARG_SUSPENDCONTEXT *pSuspendContext);
NTSTATUS APIENTRY kmd_resume_context(HANDLE hAdapter, const DXGKARG_RESUMECONTEXT *pResumeContext);
NTSTATUS APIENTRY kmd_reset_engine(HANDLE hAdapter, DXGKARG_RESETENGINE *pResetEngine);
NTSTATUS APIENTRY kmd_create_doorbell(DXGKARG_CREATEDOORBELL *pArgs);
NTSTATUS APIENTRY kmd_connect_doorbell(DXGKARG_CONNECTDOORBELL *pArgs);
NTSTATUS APIENTRY kmd_disconnect_doorbell(DXGKARG_DISCONNECTDOORBELL *pArgs);
NTSTATUS APIENTRY kmd_destroy_doorbell(DXGKARG_DESTROYDOORBELL *pArgs);
NTSTATUS APIENTRY kmd_notify_work_submission(DXGKARG_NOTIFYWORKSUBMISSION *pArgs);
#if UMWS_GENERATION == 1
NTSTATUS APIENTRY kmd_flush_hw_queue(DXGKARG_FLUSHHWQUEUE *pArgs);
#endif

/* A doorbell goes: off its physical doorbell, its GPU queue destroyed (the lock is held). */
void kmd_destroy_doorbell_locked(kmd_adapter *a, kmd_doorbell *d);
/* The connect path, shared with the broken twin's bind-at-create (no lock held). */
NTSTATUS kmd_connect(kmd_adapter *a, kmd_doorbell *d, DXGKARG_CONNECTDOORBELL *args);

/* ---- The interrupt path (isr.c) ------------------------------------------------------------ */
BOOLEAN kmd_interrupt_routine(const PVOID MiniportDeviceContext, ULONG MessageNumber);
VOID kmd_dpc_routine(const PVOID MiniportDeviceContext);

#endif /* UMWS_REFERENCE_KMD_H */
