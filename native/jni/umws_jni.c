/*
 * umws_jni.c - the JNI face of the per-operation measurements: the natives of the Java class
 * dev.umws.bench.Jni. They call the same shim functions the Panama downcalls call
 * (include/umws/umws_bench.h), so a JNI cell and a Panama cell differ only in the crossing.
 *
 *   Java ---- JNI call ----> Java_dev_umws_bench_Jni_* ----> umws_bench_ring_doorbell / umws_bench_noop
 *   C loop -- CallStaticLongMethod --> Jni.callback(long)              (JNI upcall cost)
 *   GPU interrupt thread --> umws_jni_isr --> Jni.onInterrupt(long, int) --> the Java handler
 *
 * The interrupt thread is attached once, as a daemon, the first time it calls the ISR, and stays
 * attached until it exits (a thread-exit destructor detaches it): attaching costs two orders of
 * magnitude more than a call (perf notes A2, A5), so it must never happen per interrupt.
 */
#include <jni.h>
#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#include <windows.h>
#else
#include <pthread.h>
#endif

#include "platform/platform.h"
#include "umws/umws_bench.h"

#define UMWS_JNI_VERSION JNI_VERSION_1_8
#define UMWS_JNI_CLASS "dev/umws/bench/Jni"

/* Set once in JNI_OnLoad, read-only afterwards. */
static JavaVM *umws_jni_vm;
static jclass umws_jni_class;             /* global reference to dev.umws.bench.Jni */
static jmethodID umws_jni_callback;       /* static long callback(long) */
static jmethodID umws_jni_on_interrupt;   /* static boolean onInterrupt(long, int) */

/* Threads the ISR attached (relaxed: a counter, read by Jni.attaches()). */
static uint64_t umws_jni_attach_count;

/* ---- Detach at thread exit ------------------------------------------------------------------- */

#if defined(_WIN32)
static DWORD umws_jni_exit_key = FLS_OUT_OF_INDEXES;

static void WINAPI umws_jni_thread_exit(void *value)
{
    if (value != NULL) {
        (*umws_jni_vm)->DetachCurrentThread(umws_jni_vm);
    }
}

static int umws_jni_exit_key_create(void)
{
    umws_jni_exit_key = FlsAlloc(umws_jni_thread_exit);
    return umws_jni_exit_key == FLS_OUT_OF_INDEXES ? -1 : 0;
}

static void umws_jni_exit_key_arm(void)
{
    FlsSetValue(umws_jni_exit_key, (void *)umws_jni_vm);
}
#else
static pthread_key_t umws_jni_exit_key;

static void umws_jni_thread_exit(void *value)
{
    if (value != NULL) {
        (*umws_jni_vm)->DetachCurrentThread(umws_jni_vm);
    }
}

static int umws_jni_exit_key_create(void)
{
    return pthread_key_create(&umws_jni_exit_key, umws_jni_thread_exit) == 0 ? 0 : -1;
}

static void umws_jni_exit_key_arm(void)
{
    pthread_setspecific(umws_jni_exit_key, (void *)umws_jni_vm);
}
#endif

/* ---- Load ------------------------------------------------------------------------------------ */

JNIEXPORT jint JNICALL JNI_OnLoad(JavaVM *vm, void *reserved)
{
    (void)reserved;
    JNIEnv *env = NULL;
    if ((*vm)->GetEnv(vm, (void **)&env, UMWS_JNI_VERSION) != JNI_OK) {
        return JNI_ERR;
    }
    /* FindClass here uses the loader of the class that called System.load: Jni's. */
    jclass local = (*env)->FindClass(env, UMWS_JNI_CLASS);
    if (local == NULL) {
        return JNI_ERR; /* NoClassDefFoundError pending: System.load throws it */
    }
    umws_jni_class = (jclass)(*env)->NewGlobalRef(env, local);
    (*env)->DeleteLocalRef(env, local);
    if (umws_jni_class == NULL) {
        return JNI_ERR;
    }
    umws_jni_callback = (*env)->GetStaticMethodID(env, umws_jni_class, "callback", "(J)J");
    if (umws_jni_callback == NULL) {
        return JNI_ERR;
    }
    umws_jni_on_interrupt = (*env)->GetStaticMethodID(env, umws_jni_class, "onInterrupt", "(JI)Z");
    if (umws_jni_on_interrupt == NULL) {
        return JNI_ERR;
    }
    umws_jni_vm = vm;
    if (umws_jni_exit_key_create() != 0) {
        return JNI_ERR;
    }
    return UMWS_JNI_VERSION;
}

/* ---- Calls ----------------------------------------------------------------------------------- */

JNIEXPORT void JNICALL Java_dev_umws_bench_Jni_ring(JNIEnv *env, jclass cls, jlong control_address,
                                                   jlong doorbell_address, jlong write_pointer)
{
    (void)env;
    (void)cls;
    umws_bench_ring_doorbell((UMWS_GPU_RING_CONTROL *)(uintptr_t)control_address, (uint64_t *)(uintptr_t)doorbell_address,
                    (uint64_t)write_pointer);
}

JNIEXPORT jlong JNICALL Java_dev_umws_bench_Jni_noop(JNIEnv *env, jclass cls, jlong value)
{
    (void)env;
    (void)cls;
    return (jlong)umws_bench_noop((int64_t)value);
}

/* The JNI twin of umws_bench_call_loop: count upcalls into Jni.callback, the sum of the results. */
JNIEXPORT jlong JNICALL Java_dev_umws_bench_Jni_callLoop(JNIEnv *env, jclass cls, jlong count)
{
    jlong sum = 0;
    for (jlong i = 0; i < count; i++) {
        sum += (*env)->CallStaticLongMethod(env, cls, umws_jni_callback, i);
        if ((*env)->ExceptionCheck(env)) {
            return sum; /* no JNI call may follow a pending exception; the caller sees it thrown */
        }
    }
    return sum;
}

JNIEXPORT jlong JNICALL Java_dev_umws_bench_Jni_attaches(JNIEnv *env, jclass cls)
{
    (void)env;
    (void)cls;
    return (jlong)umws_load_relaxed_u64(&umws_jni_attach_count);
}

/* ---- The ISR --------------------------------------------------------------------------------- */

/*
 * A umws_gpu_isr_fn: called on the GPU's interrupt thread, which the JVM does not know until it
 * attaches it here, once. Returns what Jni.onInterrupt returns; 0 when the JVM cannot be reached.
 */
static uint8_t umws_jni_isr(void *context, uint32_t message_number)
{
    JNIEnv *env = NULL;
    jint rc = (*umws_jni_vm)->GetEnv(umws_jni_vm, (void **)&env, UMWS_JNI_VERSION);
    if (rc == JNI_EDETACHED) {
        JavaVMAttachArgs args = {UMWS_JNI_VERSION, (char *)"umws-gpu-interrupt (JNI)", NULL};
        if ((*umws_jni_vm)->AttachCurrentThreadAsDaemon(umws_jni_vm, (void **)&env, &args) != JNI_OK) {
            return 0;
        }
        umws_inc_relaxed_u64(&umws_jni_attach_count);
        umws_jni_exit_key_arm();
    } else if (rc != JNI_OK) {
        return 0;
    }
    jboolean claimed = (*env)->CallStaticBooleanMethod(env, umws_jni_class, umws_jni_on_interrupt,
                                                       (jlong)(uintptr_t)context, (jint)message_number);
    /* onInterrupt catches everything; this is the belt: nothing may stay pending on a native thread. */
    if ((*env)->ExceptionCheck(env)) {
        (*env)->ExceptionClear(env);
        return 0;
    }
    return claimed ? 1 : 0;
}

JNIEXPORT jlong JNICALL Java_dev_umws_bench_Jni_isrAddress(JNIEnv *env, jclass cls)
{
    (void)env;
    (void)cls;
    umws_gpu_isr_fn isr = umws_jni_isr;
    return (jlong)(uintptr_t)isr;
}
