/*
 * umws_test.h - the few checks the C tests need. A failed check prints its place and
 * values and the test goes on; umws_test_finish() prints the count and gives the exit code.
 */
#ifndef UMWS_TEST_H
#define UMWS_TEST_H

#include <inttypes.h>
#include <stdio.h>

static int umws_test_passed;
static int umws_test_failed;

#define UMWS_CHECK(cond)                                                           \
    do {                                                                           \
        if (cond) {                                                                \
            umws_test_passed++;                                                    \
        } else {                                                                   \
            umws_test_failed++;                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                          \
    } while (0)

#define UMWS_CHECK_EQ(actual, expected)                                            \
    do {                                                                           \
        uint64_t a_ = (uint64_t)(actual), e_ = (uint64_t)(expected);               \
        if (a_ == e_) {                                                            \
            umws_test_passed++;                                                    \
        } else {                                                                   \
            umws_test_failed++;                                                    \
            fprintf(stderr, "%s:%d: %s is %" PRIu64 ", expected %" PRIu64 "\n",    \
                    __FILE__, __LINE__, #actual, a_, e_);                          \
        }                                                                          \
    } while (0)

static inline int umws_test_finish(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, umws_test_passed, umws_test_failed);
    return umws_test_failed == 0 ? 0 : 1;
}

#endif /* UMWS_TEST_H */
