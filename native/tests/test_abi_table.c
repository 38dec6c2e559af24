/*
 * test_abi_table.c - the shim's layout table: reachable through its API, consistent in
 * itself, and equal to the x64 sizes and offsets of docs/structures.md; in G1 also to the
 * offsets, sizes and bits observed in the 22631 binary (dxgkrnl.sys, build 22631.4169).
 */
#include <string.h>

#include "abi/abi_internal.h"
#include "umws_test.h"

static int find(const char *type, const char *member, uint32_t kind, UMWS_ABI_ENTRY *out)
{
    uint32_t n = umws_abi_entry_count();
    for (uint32_t i = 0; i < n; i++) {
        if (umws_abi_entry(i, out) == 0 && out->Kind == kind && strcmp(out->TypeName, type) == 0 &&
            strcmp(out->MemberName, member) == 0) {
            return 1;
        }
    }
    return 0;
}

static uint64_t size_of(const char *type)
{
    UMWS_ABI_ENTRY e;
    return find(type, "", UMWS_ABI_KIND_TYPE, &e) ? e.Extent : 0;
}

static uint64_t offset_of(const char *type, const char *member)
{
    UMWS_ABI_ENTRY e;
    return find(type, member, UMWS_ABI_KIND_FIELD, &e) ? e.Position : UINT64_MAX;
}

static void reaches_every_entry_and_refuses_bad_calls(void)
{
    UMWS_ABI_ENTRY e;
    uint32_t n = umws_abi_entry_count();
    UMWS_CHECK(n > 300);
    for (uint32_t i = 0; i < n; i++) {
        UMWS_CHECK(umws_abi_entry(i, &e) == 0);
        UMWS_CHECK(e.TypeName != NULL && e.MemberName != NULL);
        UMWS_CHECK(e.Kind >= UMWS_ABI_KIND_TYPE && e.Kind <= UMWS_ABI_KIND_CONST);
    }
    UMWS_CHECK(umws_abi_entry(n, &e) == -1);
    UMWS_CHECK(umws_abi_entry(UINT32_MAX, &e) == -1);
    UMWS_CHECK(umws_abi_entry(0, NULL) == -1);
    UMWS_CHECK_EQ(umws_abi_generation(), UMWS_GENERATION);
}

/* Every member lies inside its type; every bit-field inside its type's bits. */
static void entries_lie_inside_their_types(void)
{
    UMWS_ABI_ENTRY e;
    uint32_t n = umws_abi_entry_count();
    for (uint32_t i = 0; i < n; i++) {
        umws_abi_entry(i, &e);
        if (e.Kind == UMWS_ABI_KIND_FIELD) {
            UMWS_CHECK(e.Position + e.Extent <= size_of(e.TypeName));
        } else if (e.Kind == UMWS_ABI_KIND_BITS) {
            UMWS_CHECK(e.Extent >= 1);
            UMWS_CHECK(e.Position + e.Extent <= 8 * size_of(e.TypeName));
        }
    }
}

/* In a flag union with bit-fields and a Value word, the bit-fields tile that word: no gap, no overlap. */
static void bit_fields_tile_each_value_word(void)
{
    UMWS_ABI_ENTRY e, v;
    uint32_t n = umws_abi_entry_count();
    int tiled = 0;
    for (uint32_t i = 0; i < n; i++) {
        umws_abi_entry(i, &e);
        if (e.Kind != UMWS_ABI_KIND_TYPE) {
            continue;
        }
        int has_value = find(e.TypeName, "Value", UMWS_ABI_KIND_FIELD, &v);
        int has_flags_value = !has_value && find(e.TypeName, "Flags.Value", UMWS_ABI_KIND_FIELD, &v);
        if (!has_value && !has_flags_value) {
            continue;
        }
        uint64_t covered = 0, bits_total = 0;
        for (uint32_t j = 0; j < n; j++) {
            UMWS_ABI_ENTRY b;
            umws_abi_entry(j, &b);
            if (b.Kind != UMWS_ABI_KIND_BITS || strcmp(b.TypeName, e.TypeName) != 0) {
                continue;
            }
            uint64_t mask = b.Extent == 64 ? UINT64_MAX : ((UINT64_C(1) << b.Extent) - 1) << (b.Position - 8 * v.Position);
            UMWS_CHECK((covered & mask) == 0);
            covered |= mask;
            bits_total += b.Extent;
        }
        if (bits_total == 0) {
            continue; /* a struct that holds a flag union as a member, not a flag union */
        }
        UMWS_CHECK_EQ(bits_total, 8 * v.Extent);
        tiled++;
    }
    UMWS_CHECK(tiled >= 21); /* 21 flag unions in G1 and G2, 23 in G3 */
}

/* Sizes and offsets from the x64 tables of docs/structures.md. */
static void matches_the_reference_tables(void)
{
#if UMWS_GENERATION == 1
    UMWS_CHECK_EQ(size_of("D3DKMT_CREATE_DOORBELL"), 56);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "hDoorbell"), UINT64_MAX);
#else
    UMWS_CHECK_EQ(size_of("D3DKMT_CREATE_DOORBELL"), 72);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "hDoorbell"), 64);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "HwQueueProgressFenceLastQueuedValueCPUVirtualAddress"), 56);
#endif
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "PrivateDriverData"), 24);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "DoorbellStatusCPUVirtualAddress"), 48);
    UMWS_CHECK_EQ(size_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA"), 80);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "Flags"), 72);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "DmaCompleted.SubmissionFenceId"), 8);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "DmaFaulted.Status"), 12);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "HwQueuePageFaulted.FaultedVirtualAddress"), 16);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "HwQueuePageFaulted.FaultedHwQueue"), 32);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "HwQueuePageFaulted.FaultErrorCode"), 64);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "NativeFenceSignaled.pSignaledNativeFenceArray"), 24);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "NativeFenceSignaled.hHWQueue"), 32);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_NOTIFY_INTERRUPT_DATA", "EngineStateChange.NewState"), 16);
    UMWS_CHECK_EQ(size_of("D3DKMT_CREATEHWQUEUE"), 48);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEHWQUEUE", "HwQueueProgressFenceGPUVirtualAddress"), 40);
    UMWS_CHECK_EQ(size_of("D3DKMT_SUBMITCOMMANDTOHWQUEUE"), 56);
    UMWS_CHECK_EQ(size_of("DXGKARG_CREATEHWQUEUE"), 48);
    UMWS_CHECK_EQ(size_of("DXGK_USERMODESUBMISSION_CAPS"), 28);
#if UMWS_GENERATION >= 3
    UMWS_CHECK_EQ(size_of("D3DKMT_CONNECT_DOORBELL"), 88);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CONNECT_DOORBELL", "Reserved"), 24);
    UMWS_CHECK_EQ(size_of("D3DKMT_NOTIFY_WORK_SUBMISSION"), 72);
    UMWS_CHECK_EQ(size_of("D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION"), 320);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEHWQUEUEFORUSERMODESUBMISSION", "LogBufferInfo"), 168);
    UMWS_CHECK_EQ(size_of("DXGKARG_CREATEDOORBELL"), 48);
    UMWS_CHECK_EQ(size_of("DXGKARGCB_DISCONNECTDOORBELL"), 16);
    UMWS_CHECK_EQ(size_of("DXGKARG_NOTIFYWORKSUBMISSION"), 80);
    UMWS_CHECK_EQ(size_of("D3DDDI_NATIVEFENCEMAPPING"), 56);
    UMWS_CHECK_EQ(size_of("D3DDDI_NATIVEFENCELOGDETAIL"), 88);
#else
    UMWS_CHECK_EQ(size_of("D3DKMT_CONNECT_DOORBELL"), 8);
    UMWS_CHECK_EQ(size_of("D3DKMT_NOTIFY_WORK_SUBMISSION"), 8);
    UMWS_CHECK_EQ(size_of("DXGKARG_CREATEDOORBELL"), 56);
    UMWS_CHECK_EQ(offset_of("DXGKARG_CREATEDOORBELL", "Flags"), 48);
    UMWS_CHECK_EQ(size_of("DXGKARG_NOTIFYWORKSUBMISSION"), 16);
#endif
#if UMWS_GENERATION == 2
    UMWS_CHECK_EQ(size_of("DXGKARGCB_DISCONNECTDOORBELL"), 24);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_DISCONNECTDOORBELL", "hDoorbell"), 8);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_DISCONNECTDOORBELL", "DisconnectReason"), 20);
#endif
    UMWS_CHECK_EQ(size_of("DXGKARG_CONNECTDOORBELL"), 40);
    UMWS_CHECK_EQ(offset_of("DXGKARG_CONNECTDOORBELL", "Status"), 32);
    UMWS_CHECK_EQ(size_of("DXGKARG_FLUSHHWQUEUE"), 24);
    UMWS_CHECK_EQ(offset_of("DXGKARG_FLUSHHWQUEUE", "hHwQueue"), 0);
    UMWS_CHECK_EQ(offset_of("DXGKARG_FLUSHHWQUEUE", "Event"), 8);
    UMWS_CHECK_EQ(offset_of("DXGKARG_FLUSHHWQUEUE", "Flags"), 16);
    UMWS_CHECK_EQ(size_of("DXGKARG_FLUSHHWQUEUE_FLAGS"), 4);
    /* devices, contexts, allocations, residency, GPU VA mapping, CPU waits: every generation */
    UMWS_CHECK_EQ(size_of("D3DKMT_CREATEDEVICE"), 64);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEDEVICE", "pAdapter"), 0);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEDEVICE", "hDevice"), 12);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEDEVICE", "PatchLocationListSize"), 56);
    UMWS_CHECK_EQ(size_of("D3DKMT_CREATECONTEXTVIRTUAL"), 40);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATECONTEXTVIRTUAL", "hContext"), 32);
    UMWS_CHECK_EQ(size_of("D3DKMT_CREATEALLOCATION"), 72);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEALLOCATION", "pAllocationInfo2"), 48);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEALLOCATION", "Flags"), 56);
    UMWS_CHECK_EQ(size_of("D3DDDI_ALLOCATIONINFO2"), 96);
    UMWS_CHECK_EQ(offset_of("D3DDDI_ALLOCATIONINFO2", "GpuVirtualAddress"), 40);
    UMWS_CHECK_EQ(size_of("D3DKMT_DESTROYALLOCATION2"), 24);
    UMWS_CHECK_EQ(size_of("D3DDDI_MAKERESIDENT"), 48);
    UMWS_CHECK_EQ(offset_of("D3DDDI_MAKERESIDENT", "PagingFenceValue"), 32);
    UMWS_CHECK_EQ(size_of("D3DDDI_MAPGPUVIRTUALADDRESS"), 104);
    UMWS_CHECK_EQ(offset_of("D3DDDI_MAPGPUVIRTUALADDRESS", "Protection"), 56);
    UMWS_CHECK_EQ(offset_of("D3DDDI_MAPGPUVIRTUALADDRESS", "VirtualAddress"), 88);
    UMWS_CHECK_EQ(size_of("D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU"), 40);
    UMWS_CHECK_EQ(offset_of("D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU", "Flags"), 32);
}

/* G1 against the 22631 binary, whose thunk structures are G1 (x64 offsets and sizes it reads). */
static void g1_matches_the_22631_binary(void)
{
#if UMWS_GENERATION == 1
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "hRingBuffer"), 4);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "hRingBufferControl"), 8);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "Flags"), 12);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "PrivateDriverDataSize"), 16);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "DoorbellCPUVirtualAddress"), 32);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "DoorbellSecondaryCPUVirtualAddress"), 40);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATE_DOORBELL", "DoorbellStatusCPUVirtualAddress"), 48);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CONNECT_DOORBELL", "Flags"), 4);
    UMWS_CHECK_EQ(offset_of("D3DKMT_NOTIFY_WORK_SUBMISSION", "Flags"), 4);
    UMWS_CHECK_EQ(size_of("D3DKMT_DESTROY_DOORBELL"), 4);
    UMWS_CHECK_EQ(offset_of("D3DKMT_DESTROY_DOORBELL", "hHwQueue"), 0);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEHWQUEUE", "hHwQueue"), 24);
    UMWS_CHECK_EQ(offset_of("D3DKMT_CREATEHWQUEUE", "hHwQueueProgressFence"), 28);
    UMWS_CHECK_EQ(offset_of("DXGKARG_CREATEDOORBELL", "hDoorbell"), 8);
    UMWS_CHECK_EQ(offset_of("DXGKARG_CREATEDOORBELL", "PrivateDriverData"), 24);
    UMWS_CHECK_EQ(offset_of("DXGKARG_CREATEDOORBELL", "hRingBufferControl"), 40);
    UMWS_CHECK_EQ(offset_of("DXGKARG_CONNECTDOORBELL", "KernelCpuVirtualAddress"), 16);
    UMWS_CHECK_EQ(offset_of("DXGKARG_CONNECTDOORBELL", "SecondaryKernelCpuVirtualAddress"), 24);
    UMWS_CHECK_EQ(size_of("DXGKARG_DISCONNECTDOORBELL"), 16);
    UMWS_CHECK_EQ(size_of("DXGKARG_DESTROYDOORBELL"), 8);
    UMWS_CHECK_EQ(size_of("DXGKARGCB_DISCONNECTDOORBELL"), 16);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_DISCONNECTDOORBELL", "hHwQueue"), 0);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_DISCONNECTDOORBELL", "Flags"), 8);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_DISCONNECTDOORBELL", "DisconnectReason"), 12);
    UMWS_CHECK_EQ(offset_of("DXGKARGCB_DISCONNECTDOORBELL", "hDoorbell"), UINT64_MAX);
    UMWS_CHECK_EQ(offset_of("DXGK_USERMODESUBMISSION_CAPS", "DoorbellSizeInBytes"), 4);
    UMWS_CHECK_EQ(offset_of("DXGK_USERMODESUBMISSION_CAPS", "SecondaryDoorbellSizeInBytes"), 8);
    UMWS_CHECK_EQ(offset_of("DXGK_USERMODESUBMISSION_CAPS", "Reserved"), 12);
#endif
}

static void measures_bit_positions(void)
{
    UMWS_ABI_ENTRY e;
    UMWS_CHECK(find("D3DDDI_CREATEHWQUEUEFLAGS", "UserModeSubmission", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 4);
    UMWS_CHECK_EQ(e.Extent, 1);
    UMWS_CHECK(find("DXGK_NODEMETADATA_FLAGS", "UserModeSubmission", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 3);
    UMWS_CHECK(find("DXGK_NODEMETADATA_FLAGS", "Reserved", UMWS_ABI_KIND_BITS, &e));
#if UMWS_GENERATION == 1
    /* the 22631 kernel refuses a node with any of bits 4..15 set */
    UMWS_CHECK_EQ(e.Position, 4);
    UMWS_CHECK_EQ(e.Extent, 28);
    UMWS_CHECK(!find("DXGK_NODEMETADATA_FLAGS", "SupportBuildTestCommandBuffer", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK(find("DXGKARG_CREATEDOORBELL_FLAGS", "RequireSecondaryCpuVA", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 0);
    UMWS_CHECK(find("DXGKARG_CREATEDOORBELL_FLAGS", "ResizeRingBufferOperation", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 1);
    UMWS_CHECK(find("DXGK_USERMODESUBMISSION_CAPS", "Flags.SecondaryDoorbellSupported", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 0);
#else
    UMWS_CHECK_EQ(e.Position, UMWS_GENERATION >= 3 ? 6 : 5);
    UMWS_CHECK(find("DXGK_NODEMETADATA_FLAGS", "SupportBuildTestCommandBuffer", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 4);
    UMWS_CHECK(!find("DXGKARG_CREATEDOORBELL_FLAGS", "RequireSecondaryCpuVA", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK(find("DXGKARG_CREATEDOORBELL_FLAGS", "ResizeRingBufferOperation", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 0);
#endif
    UMWS_CHECK(find("DXGKARG_FLUSHHWQUEUE_FLAGS", "Reserved", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 0);
    UMWS_CHECK_EQ(e.Extent, 32);
    UMWS_CHECK(find("DXGK_MIRACAST_CHUNK_ID", "PartNumber", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 40);
    UMWS_CHECK_EQ(e.Extent, 24);
    UMWS_CHECK(find("DXGK_FAULT_ERROR_CODE", "GeneralErrorCode", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 1);
    UMWS_CHECK_EQ(e.Extent, 31);
    /* a named flag member counts from the structure's bit 0: Flags is at byte 32 */
    UMWS_CHECK(find("D3DDDI_ALLOCATIONINFO2", "Flags.OverridePriority", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 258);
    UMWS_CHECK(find("D3DDDICB_DESTROYALLOCATION2FLAGS", "SystemUseOnly", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 31);
    UMWS_CHECK(find("D3DDDIGPUVIRTUALADDRESS_PROTECTION_TYPE", "Reserved", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 5);
    UMWS_CHECK_EQ(e.Extent, 59);
    UMWS_CHECK(find("D3DKMT_CREATEALLOCATIONFLAGS", "Reserved", UMWS_ABI_KIND_BITS, &e));
#if UMWS_GENERATION == 1
    UMWS_CHECK_EQ(e.Position, 22);
    UMWS_CHECK(!find("D3DKMT_CREATEALLOCATIONFLAGS", "NoImplicitSynchronization", UMWS_ABI_KIND_BITS, &e));
#else
    UMWS_CHECK_EQ(e.Position, 23);
    UMWS_CHECK(find("D3DKMT_CREATEALLOCATIONFLAGS", "NoImplicitSynchronization", UMWS_ABI_KIND_BITS, &e));
    UMWS_CHECK_EQ(e.Position, 22);
#endif
    UMWS_CHECK(find("D3DKMT_CLIENTHINT", "D3DKMT_CLIENTHINT_MAX", UMWS_ABI_KIND_CONST, &e));
    UMWS_CHECK_EQ(e.Position, UMWS_GENERATION >= 3 ? 29 : 21);
}

/*
 * The PFND3DKMT_* typedefs take the argument constness of the SDK header: a thunk written with the
 * Windows signature converts to its typedef without a cast (a mismatch is a -Werror warning here).
 */
#define UMWS_THUNK(name, T) \
    static NTSTATUS APIENTRY name(T *args) { return args == NULL ? STATUS_INVALID_PARAMETER : STATUS_SUCCESS; }
UMWS_THUNK(create_device, D3DKMT_CREATEDEVICE)
UMWS_THUNK(destroy_device, const D3DKMT_DESTROYDEVICE)
UMWS_THUNK(create_context_virtual, D3DKMT_CREATECONTEXTVIRTUAL)
UMWS_THUNK(destroy_context, const D3DKMT_DESTROYCONTEXT)
UMWS_THUNK(create_allocation2, D3DKMT_CREATEALLOCATION)
UMWS_THUNK(destroy_allocation2, const D3DKMT_DESTROYALLOCATION2)
UMWS_THUNK(make_resident, D3DDDI_MAKERESIDENT)
UMWS_THUNK(map_gpu_virtual_address, D3DDDI_MAPGPUVIRTUALADDRESS)
UMWS_THUNK(wait_from_cpu, const D3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU)

static void thunk_typedefs_take_the_windows_signatures(void)
{
    PFND3DKMT_CREATEDEVICE a = create_device;
    PFND3DKMT_DESTROYDEVICE b = destroy_device;
    PFND3DKMT_CREATECONTEXTVIRTUAL c = create_context_virtual;
    PFND3DKMT_DESTROYCONTEXT d = destroy_context;
    PFND3DKMT_CREATEALLOCATION2 e = create_allocation2;
    PFND3DKMT_DESTROYALLOCATION2 f = destroy_allocation2;
    PFND3DKMT_MAKERESIDENT g = make_resident;
    PFND3DKMT_MAPGPUVIRTUALADDRESS h = map_gpu_virtual_address;
    PFND3DKMT_WAITFORSYNCHRONIZATIONOBJECTFROMCPU i = wait_from_cpu;
    D3DKMT_CREATEDEVICE device;
    memset(&device, 0, sizeof device);
    UMWS_CHECK_EQ(a(&device), STATUS_SUCCESS);
    UMWS_CHECK_EQ(b(NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(c(NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(d(NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(e(NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(f(NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(g(NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(h(NULL), STATUS_INVALID_PARAMETER);
    UMWS_CHECK_EQ(i(NULL), STATUS_INVALID_PARAMETER);
}

int main(void)
{
    reaches_every_entry_and_refuses_bad_calls();
    entries_lie_inside_their_types();
    bit_fields_tile_each_value_word();
    matches_the_reference_tables();
    g1_matches_the_22631_binary();
    measures_bit_positions();
    thunk_typedefs_take_the_windows_signatures();
    return umws_test_finish("test_abi_table");
}
