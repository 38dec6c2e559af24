/*
 * abi_internal.h - the pieces of the shim's layout table (include/umws/umws_abi.h):
 * types and members (abi_fields.c), enumerators and macros (abi_constants.c) and bit-field
 * probes (abi_bits.c). abi_table.c joins them behind the exported API.
 */
#ifndef UMWS_ABI_INTERNAL_H
#define UMWS_ABI_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "umws/d3dkmddi.h"
#include "umws/d3dkmthk.h"
#include "umws/dispmprt.h"
#include "umws/ntstatus.h"
#include "umws/umws_abi.h"
#include "umws/umws_cumd.h"
#include "umws/umws_gpu.h"
#include "umws/umws_os.h"
#include "umws/umws_umd_example.h"

#if defined(_MSC_VER) && !defined(__clang__)
#define UMWS_ALIGNOF(T) __alignof(T)
#else
#define UMWS_ALIGNOF(T) _Alignof(T)
#endif

#define UMWS_TYPE(T) \
    { #T, "", UMWS_ABI_KIND_TYPE, 0, UMWS_ALIGNOF(T), sizeof(T) }
#define UMWS_FIELD(T, path) \
    { #T, #path, UMWS_ABI_KIND_FIELD, 0, offsetof(T, path), sizeof(((T *)0)->path) }
#define UMWS_CONST(group, name) \
    { #group, #name, UMWS_ABI_KIND_CONST, 0, (uint64_t)(int64_t)(name), 0 }

/* Largest mirrored type a bit probe may copy out, in bytes (D3DDDI_ALLOCATIONINFO2 is 96). */
#define UMWS_ABI_PROBE_MAX 128

extern const UMWS_ABI_ENTRY umws_abi_fields[];
extern const uint32_t umws_abi_field_count;
extern const UMWS_ABI_ENTRY umws_abi_constants[];
extern const uint32_t umws_abi_constant_count;

/* Number of bit-field probes. */
uint32_t umws_abi_bits_count(void);

/* Measures bit-field 'index': sets it to all ones in a zeroed object and reports the run of
 * set bits. Returns 0, or -1 when index is out of range. */
int umws_abi_bits_measure(uint32_t index, UMWS_ABI_ENTRY *out);

#endif /* UMWS_ABI_INTERNAL_H */
