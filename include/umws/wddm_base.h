/*
 * wddm_base.h - base types, the header generation and the pointer macros that the
 * umws mirrors of d3dukmdt.h, d3dkmthk.h and d3dkmddi.h stand on.
 *
 * Every base type keeps its Windows name and is a fixed-width typedef, so the headers
 * compile with no Windows SDK and give the 64-bit Windows layout on every 64-bit ABI.
 * Each typedef is the same type windows.h uses on 64-bit Windows (C11 allows a repeated
 * identical typedef), except NTSTATUS (Windows: LONG); do not include ntdef.h after us.
 *
 * Source of every definition: docs/structures.md (S4, S5 and the Learn syntax).
 */
#ifndef UMWS_WDDM_BASE_H
#define UMWS_WDDM_BASE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Header generation (docs/structures.md, the three header generations):
 *   1 = G1, WDK/SDK 10.0.22621 (doorbells as "WDDM 3.1 prerelease")
 *   2 = G2, Windows 11 24H2 "WDDM 3.2" Learn syntax (the baseline)
 *   3 = G3, the newest SDK/WDK ("28000" kit)
 * The build sets it from the Maven property umws.generation; G2 when nothing is said.
 */
#ifndef UMWS_GENERATION
#define UMWS_GENERATION 2
#endif
#if UMWS_GENERATION < 1 || UMWS_GENERATION > 3
#error "UMWS_GENERATION must be 1, 2 or 3"
#endif

#if defined(__cplusplus)
#define UMWS_STATIC_ASSERT(e, m) static_assert(e, m)
#else
#define UMWS_STATIC_ASSERT(e, m) _Static_assert(e, m)
#endif

/* The mirror is the 64-bit Windows ABI: pointers and HANDLEs are 8-byte slots. */
UMWS_STATIC_ASSERT(sizeof(void *) == 8, "umws mirrors the 64-bit Windows ABI only");

typedef uint8_t  BYTE;
typedef uint8_t  UCHAR;
typedef uint8_t  BOOLEAN;
typedef uint32_t UINT;
typedef uint32_t UINT32;
typedef uint32_t ULONG;      /* LLP64: ULONG is 32 bits on Windows */
typedef int32_t  LONG;       /* LLP64: LONG is 32 bits on Windows */
typedef uint64_t UINT64;
typedef uint64_t ULONGLONG;
typedef int64_t  LONGLONG;
typedef void     VOID;
typedef void    *PVOID;
typedef void    *HANDLE;
typedef int32_t  NTSTATUS;
typedef uint64_t ULONG_PTR;  /* pointer-sized unsigned integer: 64 bits on 64-bit Windows */

typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG  HighPart;
    };
    LONGLONG QuadPart;
} LARGE_INTEGER;
typedef LARGE_INTEGER PHYSICAL_ADDRESS;

/*
 * Types the kernel-mode driver interface (dispmprt.h, d3dkmddi.h, d3dkmdt.h) stands on. WCHAR is
 * the 16-bit UTF-16 unit of Windows, not the platform's wchar_t (32 bits on Linux and macOS).
 */
typedef uint16_t USHORT;
typedef uint16_t UINT16;
typedef uint16_t WCHAR;
typedef WCHAR   *PWSTR;
typedef uint64_t SIZE_T;     /* LLP64: pointer-sized and unsigned */
typedef ULONG   *PULONG;

#ifndef GUID_DEFINED
#define GUID_DEFINED
/* guiddef.h: 16 bytes, 4-byte aligned. */
typedef struct _GUID
{
    ULONG  Data1;
    USHORT Data2;
    USHORT Data3;
    UCHAR  Data4[8];
} GUID;
#endif

/* ntdef.h: a 64-bit locally unique identifier as two 32-bit halves, so 4-byte aligned. */
typedef struct _LUID
{
    ULONG LowPart;
    LONG  HighPart;
} LUID;

/*
 * ntdef.h. Length and MaximumLength count bytes, not characters, and exclude no terminator:
 * Buffer need not be NUL-terminated. The 4 bytes before Buffer are named here (the mirror names
 * all padding), so initialize it with designated initializers, not positionally.
 */
typedef struct _UNICODE_STRING
{
    USHORT Length;
    USHORT MaximumLength;
    UINT   Padding0;         /* implicit in the Windows header */
    PWSTR  Buffer;
} UNICODE_STRING, *PUNICODE_STRING;

/*
 * d3dukmdt.h, _WIN32 branch: on 64-bit Windows D3DKMT_PTR(T, N) is "T N" and
 * D3DKMT_ALIGN64 is empty; the non-Windows branch (a union with a UINT64 slot aligned to 8)
 * has the same layout on every 64-bit ABI, which the fidelity checks prove.
 */
#define D3DKMT_ALIGN64
#define D3DKMT_PTR(Type, Name) Type Name

typedef UINT D3DKMT_HANDLE;
typedef ULONGLONG D3DGPU_VIRTUAL_ADDRESS;
typedef ULONGLONG D3DGPU_SIZE_T;
typedef UINT D3DDDI_VIDEO_PRESENT_SOURCE_ID;
typedef UINT D3DDDI_VIDEO_PRESENT_TARGET_ID;

#endif /* UMWS_WDDM_BASE_H */
