/*
 * umws_kmd.h - what a native KMD gets from the testbed besides Windows' own interfaces, and how
 * the emulated OS hosts it. Testbed-specific: nothing here exists on Windows.
 *
 * A native KMD is a shared library exporting DriverEntry (dispmprt.h's DRIVER_INITIALIZE), which
 * calls DxgkInitialize with its DRIVER_INITIALIZATION_DATA as on Windows; the OS then calls its DDIs
 * with the real DXGKARG_* structures and hands DxgkDdiStartDevice a DXGKRNL_INTERFACE whose
 * DeviceHandle, NotifyInterrupt, QueueDpc, NotifyDpc and DisconnectDoorbell work (the other
 * callback slots are NULL). Three things Windows gives a driver in ways the testbed does not
 * emulate come from the calls below instead:
 *   - the hardware: a real KMD maps its BARs from DxgkCbGetDeviceInformation's resources; here it
 *     drives the emulated GPU through umws_gpu.h, found with umws_kmd_gpu;
 *   - a process's GPU VA space: a real KMD builds page tables for it; here it is the umws_gpu
 *     VA space the OS made, found from DXGKARG_CREATEPROCESS.hDxgkProcess;
 *   - an allocation's GPU VA and size: a real KMD learns them from its own reading of the UMD's
 *     private data and from paging operations; here the OS tells them, by the KMD's handle.
 */
#ifndef UMWS_KMD_H
#define UMWS_KMD_H

#include "dispmprt.h"
#include "umws_abi.h"
#include "umws_gpu.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- For the KMD ------------------------------------------------------------------------ */

/* The emulated GPU behind hAdapter (DXGKRNL_INTERFACE.DeviceHandle); NULL for any other handle. */
UMWS_API umws_gpu *umws_kmd_gpu(HANDLE hAdapter);

/* The GPU VA space of the process DXGKARG_CREATEPROCESS.hDxgkProcess names; NULL for any other handle. */
UMWS_API umws_gpu_vaspace *umws_kmd_process_vaspace(HANDLE hDxgkProcess);

/*
 * Where the OS mapped the allocation the KMD returned as hAllocation from DxgkDdiCreateAllocation,
 * and its size in bytes. STATUS_INVALID_PARAMETER for a handle the OS does not know on hAdapter.
 */
UMWS_API NTSTATUS umws_kmd_allocation(HANDLE hAdapter, HANDLE hAllocation, D3DGPU_VIRTUAL_ADDRESS *GpuVirtualAddress,
                                      UINT64 *SizeInBytes);

/* ---- For the OS that hosts it (the Java side) ---------------------------------------------- */

/* The entry point the shim exports as Windows' dxgkrnl does (displib): the driver registers its table. */
UMWS_API NTSTATUS APIENTRY DxgkInitialize(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
                                          PDRIVER_INITIALIZATION_DATA DriverInitializationData);

/* A driver object for one load of a KMD; its table is NULL until DriverEntry called DxgkInitialize. */
UMWS_API PDRIVER_OBJECT umws_kmd_driver_object_new(void);
UMWS_API void umws_kmd_driver_object_free(PDRIVER_OBJECT DriverObject);
UMWS_API const DRIVER_INITIALIZATION_DATA *umws_kmd_driver_table(PDRIVER_OBJECT DriverObject);

/* An adapter handle for DXGKRNL_INTERFACE.DeviceHandle (NULL when out of memory). */
UMWS_API HANDLE umws_kmd_adapter_new(umws_gpu *Gpu);
UMWS_API void umws_kmd_adapter_free(HANDLE hAdapter);

/* Records (or with SizeInBytes 0 forgets) what umws_kmd_allocation answers for hAllocation. */
UMWS_API NTSTATUS umws_kmd_adapter_allocation(HANDLE hAdapter, HANDLE hAllocation, D3DGPU_VIRTUAL_ADDRESS GpuVirtualAddress,
                                              UINT64 SizeInBytes);

/* A process handle for DXGKARG_CREATEPROCESS.hDxgkProcess. */
UMWS_API HANDLE umws_kmd_process_new(umws_gpu_vaspace *VaSpace);
UMWS_API void umws_kmd_process_free(HANDLE hDxgkProcess);

/*
 * The ISR callbacks the OS puts in DXGKRNL_INTERFACE: the shim's own, which count the calls made
 * inside the ISR and forward them to the OS's (NotifyInterrupt, QueueDpc) given here.
 */
UMWS_API void umws_kmd_adapter_callbacks(HANDLE hAdapter, DXGKCB_NOTIFY_INTERRUPT NotifyInterrupt,
                                         DXGKCB_QUEUE_DPC QueueDpc);
UMWS_API VOID APIENTRY umws_kmd_cb_notify_interrupt(HANDLE hAdapter, DXGKARGCB_NOTIFY_INTERRUPT_DATA *pData);
UMWS_API BOOLEAN APIENTRY umws_kmd_cb_queue_dpc(HANDLE hAdapter);

/*
 * Makes the GPU's interrupt thread call the KMD's DxgkDdiInterruptRoutine directly (no Java before
 * the ISR's own callbacks). While it runs, umws_kmd_in_isr() is 1 on that thread; after an ISR
 * that made callbacks, the shim calls AfterIsr with their count (the OS checks that a DPC was
 * queued). Returns a umws_gpu code.
 */
typedef void (*UMWS_KMD_AFTER_ISR)(uint32_t Callbacks);
UMWS_API int32_t umws_kmd_connect_interrupt(HANDLE hAdapter, PDXGKDDI_INTERRUPT_ROUTINE Isr, PVOID MiniportDeviceContext,
                                            ULONG MessageNumber, UMWS_KMD_AFTER_ISR AfterIsr);
UMWS_API uint32_t umws_kmd_in_isr(void);

/*
 * With On set, the interrupt thread writes "umws: native DxgkDdiInterruptRoutine enter|leave"
 * lines to stderr around every call of a connected ISR, each flushed before the call goes on, so
 * that the last line before a crash names the DDI that was running (the OS's Java side logs the
 * DDIs it calls itself). Off by default; the check costs one load per ISR call.
 */
UMWS_API void umws_kmd_log_calls(uint32_t On);

#ifdef __cplusplus
}
#endif

#endif /* UMWS_KMD_H */
