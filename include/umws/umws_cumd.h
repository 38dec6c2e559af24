/*
 * umws_cumd.h - the C UMD: the submission protocol at native speed, reaching the OS's thunks
 * through function pointers (Java upcall stubs of the emulated OS, as gdi32 exports them on
 * Windows). The baseline every Java UMD path is measured against.
 *
 * Protocol per submission (docs/umws-model.md): next fence value N+1; a WRITE_FENCE(N+1,
 * INTERRUPT) packet; N+1 to last-queued (release; G1 has none); WritePointer (release); the
 * doorbell (release); a full fence; the status (acquire): CONNECTED done, CONNECTED_NOTIFY_KMD
 * notify (STATUS_INVALID_PARAMETER from it means a disconnect won the race: ring and read the
 * status again), DISCONNECTED_RETRY connect and ring again, DISCONNECTED_ABORT device lost.
 */
#ifndef UMWS_CUMD_H
#define UMWS_CUMD_H

#include "d3dkmthk.h"
#include "umws_abi.h"
#include "umws_gpu_packets.h"

/* The thunks the C UMD calls (G2 shapes). */
typedef struct UMWS_CUMD_THUNKS
{
    PFND3DKMT_CONNECTDOORBELL D3DKMTConnectDoorbell;
    PFND3DKMT_NOTIFYWORKSUBMISSION D3DKMTNotifyWorkSubmission;
} UMWS_CUMD_THUNKS;

/*
 * One queue as the UMD sees it after D3DKMTCreateHwQueue and D3DKMTCreateDoorbell.
 *   0 Ring  8 RingSizeInBytes  16 Control  24 Doorbell  32 Status  40 LastQueued  48 ProgressFence
 *  56 ProgressFenceGpuVa  64 hDoorbell  68 GlobalDoorbell  72 LastSubmitted  80 Reconnects  88 Notifies
 *  96 NotifyRaces  104 Thunks  (112 bytes)
 */
typedef struct UMWS_CUMD_QUEUE
{
    uint8_t *Ring;                        /* the ring allocation's CPU view */
    uint64_t RingSizeInBytes;             /* a power of two */
    UMWS_GPU_RING_CONTROL *Control;
    uint64_t *Doorbell;                   /* the 64-bit slot at the stable doorbell VA */
    const uint64_t *Status;               /* the status page: read with acquire */
    uint64_t *LastQueued;                 /* written with release before each ring; NULL in G1 (none exists) */
    const uint64_t *ProgressFence;        /* the fence's CPU view: read with acquire */
    uint64_t ProgressFenceGpuVa;
    D3DKMT_HANDLE hDoorbell;              /* G2: the doorbell; G1: the queue */
    uint32_t GlobalDoorbell;              /* 1: ring by adding 1 */
    uint64_t LastSubmitted;               /* in/out: the last fence value queued */
    uint64_t Reconnects;                  /* out: DISCONNECTED_RETRY handled */
    uint64_t Notifies;                    /* out: CONNECTED_NOTIFY_KMD handled */
    uint64_t NotifyRaces;                 /* out: notifies refused (STATUS_INVALID_PARAMETER) because a
                                             disconnect came first; the status was read again */
    const UMWS_CUMD_THUNKS *Thunks;
} UMWS_CUMD_QUEUE;

/*
 * Submits 'count' fence packets, 'batch' per ring (1..1024), following the protocol; waits for
 * ring space by polling ReadPointer. Returns STATUS_SUCCESS, STATUS_INVALID_PARAMETER for a bad
 * queue, STATUS_DEVICE_REMOVED when the doorbell reads DISCONNECTED_ABORT or connect fails, or
 * the KMD's failure of D3DKMTNotifyWorkSubmission.
 */
UMWS_API NTSTATUS umws_cumd_submit(UMWS_CUMD_QUEUE *queue, uint32_t count, uint32_t batch);

#endif /* UMWS_CUMD_H */
