/*
 * umws_abi.h - the shim's own sizeof/offsetof table of the mirrored structures.
 *
 * The Java side reads it when it loads the library and refuses to run when any entry differs
 * from its layouts, naming the entry. Entries describe the generation the library was built
 * for (UMWS_GENERATION); the table describes its own entry type too.
 */
#ifndef UMWS_ABI_H
#define UMWS_ABI_H

#include <stdint.h>

#if defined(_WIN32) && defined(UMWS_SHIM_CLIENT)
#define UMWS_API __declspec(dllimport) /* a library that calls the shim DLL (umws_jni) */
#elif defined(_WIN32)
#define UMWS_API __declspec(dllexport)
#else
#define UMWS_API __attribute__((visibility("default")))
#endif

/* What an entry describes, and what its Position and Extent mean. */
enum
{
    UMWS_ABI_KIND_TYPE = 1,  /* a type:   Position = alignment (bytes), Extent = size (bytes) */
    UMWS_ABI_KIND_FIELD = 2, /* a member: Position = offset (bytes),    Extent = size (bytes) */
    UMWS_ABI_KIND_BITS = 3,  /* a bit-field: Position = bit offset from the type's bit 0,
                                Extent = width (bits); measured by setting it in a zeroed object */
    UMWS_ABI_KIND_CONST = 4, /* an enumerator or macro: Position = value (two's complement), Extent = 0 */
};

/*
 *   0            8            16      20      24           32           40
 *   +------------+------------+-------+-------+------------+------------+
 *   | TypeName   | MemberName | Kind  | pad   | Position   | Extent     |
 *   +------------+------------+-------+-------+------------+------------+
 */
typedef struct UMWS_ABI_ENTRY
{
    const char *TypeName;   /* C type name; for CONST the enum type or the header's macro group */
    const char *MemberName; /* C member path ("Flags.Value"); "" for a TYPE entry */
    uint32_t Kind;          /* UMWS_ABI_KIND_* */
    uint32_t Padding0;
    uint64_t Position;
    uint64_t Extent;
} UMWS_ABI_ENTRY;

/* The header generation (1, 2 or 3) the library was built for. */
UMWS_API uint32_t umws_abi_generation(void);

/* Number of entries. */
UMWS_API uint32_t umws_abi_entry_count(void);

/* Copies entry 'index' into *out; returns 0, or -1 for an index out of range or a null out. */
UMWS_API int32_t umws_abi_entry(uint32_t index, UMWS_ABI_ENTRY *out);

#endif /* UMWS_ABI_H */
