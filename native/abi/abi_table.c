/*
 * abi_table.c - the exported layout table: types and members, then enumerators and macros,
 * then bit-fields (measured on each call, so the table needs no initialisation).
 */
#include "abi_internal.h"

UMWS_API uint32_t umws_abi_generation(void)
{
    return UMWS_GENERATION;
}

UMWS_API uint32_t umws_abi_entry_count(void)
{
    return umws_abi_field_count + umws_abi_constant_count + umws_abi_bits_count();
}

UMWS_API int32_t umws_abi_entry(uint32_t index, UMWS_ABI_ENTRY *out)
{
    if (out == NULL) {
        return -1;
    }
    if (index < umws_abi_field_count) {
        *out = umws_abi_fields[index];
        return 0;
    }
    index -= umws_abi_field_count;
    if (index < umws_abi_constant_count) {
        *out = umws_abi_constants[index];
        return 0;
    }
    index -= umws_abi_constant_count;
    return umws_abi_bits_measure(index, out) == 0 ? 0 : -1;
}
