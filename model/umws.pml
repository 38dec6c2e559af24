/*
 * The user-mode work submission protocol, for the spin model checker: UMDs that ring doorbells and
 * read a status slot, the OS that rotates a doorbell's VA and writes the status, the reference
 * KMD's lazy assignment and victimization, and the firmware that notices rings on bound doorbells.
 *
 * Memory model: sequentially consistent. Every shared store and load below is one atomic step
 * taken in one global order. The real code gets that order where the protocol needs it from the
 * barriers named beside each step ("release", "seq_cst"); a weaker machine is not modelled.
 *
 * The configuration is small on purpose: NQ queues, one context each, share ND physical doorbells
 * on one engine, and each UMD makes NSUB submissions. With two queues on one doorbell every
 * connect after the first victimizes, so every transition below is reached.
 *
 * Variants (spin -D...):
 *   STATUS_FIRST     the OS writes the status before it rotates the VA (default: Windows' order,
 *                    the VA to the dummy page first, then the status)
 *   RACY_UMD         the UMD reads its status before it publishes and rings (default: after)
 *   NO_KICK          the KMD does not kick a victim after the callback (default: the reference
 *                    KMD does, see DoorbellPool.takeBack)
 *   OS_DISCONNECT    the OS disconnects one connected queue on its own once (a suspend, F1, D3),
 *                    as the emulator does: the disconnect DDI, the VA, then the status (documented);
 *                    with STATUS_FIRST the status, the DDI, then the VA
 *   OS_DDI_LAST      with OS_DISCONNECT: the VA and the status first (in the order set), the DDI last
 *   OS_ABORT         with OS_DISCONNECT: the disconnect is a TDR's, DISCONNECTED_ABORT (the device is lost)
 *   OS_DDI_KICK      with OS_DISCONNECT: the KMD's disconnect DDI kicks and drains the queue before
 *                    it releases the doorbell, as the reference KMD does after the callback
 */

#ifndef NQ
#define NQ 2
#endif
#if NQ < 2 || NQ > 3
#error "the firmware covers two or three queues"
#endif
#ifndef ND
#define ND 1
#endif
#ifndef NSUB
#define NSUB 2
#endif

#define NONE 255

#ifdef OS_ABORT
#define OS_REASON ABORT
#else
#define OS_REASON RETRY
#endif /* no queue, no doorbell; for a VA: the dummy page */

mtype = { CONNECTED, NOTIFY_KMD, RETRY, ABORT };

/* ---- Memory ------------------------------------------------------------------------------ */
mtype status[NQ] = RETRY;  /* the status slot, written by the OS only; read by the UMD */
byte va[NQ] = NONE;        /* where the UMD's doorbell VA points: a physical doorbell or the dummy page */
byte wp[NQ];               /* the ring's write pointer: submissions published (release) */
byte rp[NQ];               /* the firmware's read pointer: submissions executed */
bool rung[ND];             /* a store to the physical doorbell not yet noticed */
byte bound[ND] = NONE;     /* the queue the firmware watches on each doorbell */
bool kick[NQ];             /* the KMD asked the firmware to look at the queue */
byte running = NONE;       /* the queue the firmware is running */

/* ---- The KMD's books ---------------------------------------------------------------------- */
byte phys[NQ] = NONE;      /* the physical doorbell assigned to a queue */
bool reconnected[NQ];      /* the queue connected again while a victimization of it was in flight */
bool connecting[NQ];       /* a connect of the queue's context is in flight */
bool taking[ND];           /* a victimization of this doorbell is in flight */

/* ---- The OS ------------------------------------------------------------------------------ */
bool ctxlock[NQ];          /* the context lock (one context per queue) */
byte in_os[8];             /* per process: depth of OS code running (the only code that writes a status) */
byte done_umds;
bool aborted[NQ];

#define BOUND_Q(x)  (phys[x] != NONE && bound[phys[x]] == x)
#define FREE(d)     (bound[d] == NONE) /* a doorbell freed under a victimization is free (its taker retries) */
#define TAKEABLE(d) (!taking[d] && bound[d] != NONE && !connecting[bound[d]])
#if ND == 1
#define ANY_DOORBELL (FREE(0) || TAKEABLE(0))
#elif ND == 2
#define ANY_DOORBELL (FREE(0) || TAKEABLE(0) || FREE(1) || TAKEABLE(1))
#else
#error "the model's wait expression covers ND 1 and 2"
#endif

#define lock(l)   atomic { !l -> l = true }
#define unlock(l) l = false

inline set_status(q, s) {
    assert(in_os[_pid] > 0); /* only the OS writes the status */
    status[q] = s
}

/* The OS's half of a disconnect: the VA and the status, in the order the OS is set to. */
inline os_rotate_and_status(v, s) {
#ifdef STATUS_FIRST
    set_status(v, s);      printf("OS: q%d status %e\n", v, s);
    va[v] = NONE;          printf("OS: q%d VA to the dummy page\n", v);
#else
    va[v] = NONE;          printf("OS: q%d VA to the dummy page\n", v);
    set_status(v, s);      printf("OS: q%d status %e\n", v, s);
#endif
}

#define os_rotate_and_retry(v) os_rotate_and_status(v, RETRY)

/* DxgkCbDisconnectDoorbell(v), called by the KMD on another context's thread. */
inline os_callback(v, ok) {
    lock(ctxlock[v]);
    in_os[_pid]++;
    if
    :: status[v] == CONNECTED || status[v] == NOTIFY_KMD ->
        printf("KMD: DxgkCbDisconnectDoorbell(q%d)\n", v);
        os_rotate_and_retry(v);
        ok = true
    :: else -> ok = false /* not connected: INVALID_PARAMETER */
    fi;
    in_os[_pid]--;
    unlock(ctxlock[v])
}

inline bind(d, q) {
    rung[d] = false;  /* the firmware starts from the doorbell's current value */
    bound[d] = q;
    phys[q] = d
}

inline unbind(d, v) {
    (running != v);   /* the GPU's unbind waits for a scan holding the queue */
    bound[d] = NONE;
    phys[v] = NONE
}

/*
 * DxgkDdiConnectDoorbell(q) of the reference KMD: keep the queue's doorbell, else a free one,
 * else take one back from a connected queue of a context with no connect in flight (any such
 * queue: a superset of LRU). The taking runs without the KMD's lock: the callback, the kick, the
 * drain (the kick consumed and the firmware off the victim), then the doorbell is released only if
 * the victim did not reconnect meanwhile. The drain's 200 ms deadline is not modelled: here it waits.
 */
inline kmd_connect(q) {
    do
    :: atomic {
        (phys[q] != NONE || ANY_DOORBELL); /* else wait until the books change */
        if
        :: phys[q] != NONE -> d = phys[q]; v = NONE; reconnected[q] = true; printf("KMD: q%d keeps doorbell %d\n", q, d)
        :: else ->
            d = 0; v = NONE;
            do
            :: d < ND && FREE(d) -> bind(d, q); printf("KMD: q%d gets free doorbell %d\n", q, d); break
            :: d < ND && !FREE(d) -> d++
            :: d == ND -> d = NONE; break
            od;
            if
            :: d == NONE ->
                /* take one back: any doorbell not being taken, bound to an idle-connect context */
                d = 0;
                do
                :: d < ND && TAKEABLE(d) -> v = bound[d]; taking[d] = true; reconnected[v] = false; break
                :: d < ND && !TAKEABLE(d) -> d++
                :: d == ND -> d = NONE; break
                od
            :: else -> skip
            fi
        fi
       };
       if
       :: d != NONE && v == NONE -> break                   /* kept or free: connected */
       :: d != NONE && v != NONE ->
            printf("KMD: q%d takes doorbell %d from q%d\n", q, d, v);
            os_callback(v, ok);
            if
            :: ok ->
#ifndef NO_KICK
                atomic { if :: bound[d] == v -> kick[v] = true; printf("KMD: kick q%d\n", v) :: else -> skip fi };
#endif
                (!kick[v] && running != v && !(rung[d] && bound[d] == v)); /* the drain: kicks and rings taken */
                atomic {
                    (running != v); /* the release runs under the KMD's lock, the unbind's wait included */
                    if
                    :: !reconnected[v] && bound[d] == v ->
                        unbind(d, v); printf("KMD: doorbell %d released by q%d\n", d, v);
                        bind(d, q);   printf("KMD: doorbell %d bound to q%d\n", d, q);
                        taking[d] = false;
                        break
                    :: else -> taking[d] = false              /* the victim reconnected: try again */
                    fi
                }
            :: else -> taking[d] = false
            fi
       fi
    od
}

/* D3DKMTConnectDoorbell(q): the KMD's connect, then the VA, then the status. */
inline os_connect(q) {
    lock(ctxlock[q]);
    in_os[_pid]++;
    connecting[q] = true;
    kmd_connect(q);
    va[q] = phys[q];                     printf("OS: q%d VA to doorbell %d\n", q, phys[q]);
    if
    :: set_status(q, CONNECTED);  printf("OS: q%d status CONNECTED\n", q)
    :: set_status(q, NOTIFY_KMD); printf("OS: q%d status CONNECTED_NOTIFY_KMD\n", q)
    fi;
    connecting[q] = false;
    in_os[_pid]--;
    unlock(ctxlock[q])
}

/* D3DKMTNotifyWorkSubmission(q): only while the status reads NOTIFY_KMD; the KMD kicks the queue. */
inline os_notify(q, ok) {
    lock(ctxlock[q]);
    atomic {
        if
        :: status[q] == NOTIFY_KMD -> ok = true;
            if
            :: BOUND_Q(q) -> kick[q] = true; printf("OS: q%d notify, the KMD kicks it\n", q)
            :: else -> printf("OS: q%d notify, the KMD finds no doorbell bound\n", q)
            fi
        :: else -> printf("OS: q%d notify answers INVALID_PARAMETER\n", q); ok = false
        fi
    };
    unlock(ctxlock[q])
}

/* The UMD's store to its doorbell VA: to a physical doorbell, or to the dummy page (lost). */
inline ring(q) {
    atomic {
        if
        :: va[q] != NONE -> rung[va[q]] = true; printf("UMD q%d rings doorbell %d\n", q, va[q])
        :: else -> printf("UMD q%d rings the dummy page\n", q)
        fi
    }
}

proctype Umd(byte q) {
    byte i, d, v;
    bool ok;
    mtype s;
    for (i : 1 .. NSUB) {
#ifdef RACY_UMD
again:
        s = status[q]; printf("UMD q%d reads %e\n", q, s);
        if
        :: s == RETRY -> os_connect(q); goto again
        :: s == ABORT -> aborted[q] = true; break
        :: else ->
            wp[q]++; printf("UMD q%d publishes submission %d\n", q, wp[q]);
            ring(q);
            if
            :: s == NOTIFY_KMD -> os_notify(q, ok)
            :: else -> skip
            fi
        fi
#else
        wp[q]++; printf("UMD q%d publishes submission %d\n", q, wp[q]); /* packets, last-queued, WP: release */
ring_again:
        ring(q);                                                         /* then a full fence (seq_cst) */
read_again:
        s = status[q]; printf("UMD q%d reads %e\n", q, s);
        if
        :: s == CONNECTED -> skip
        :: s == NOTIFY_KMD -> os_notify(q, ok); if :: !ok -> goto read_again :: else -> skip fi
        :: s == RETRY -> os_connect(q); goto ring_again
        :: s == ABORT -> aborted[q] = true; break
        fi
#endif
    }
    done_umds++
}

/* The firmware: notices a ring on a bound doorbell, or a kick, reads WP, runs the ring to it. */
inline run_to(q, target) {
    do
    :: rp[q] < target -> assert(target <= wp[q]); rp[q]++; printf("GPU: q%d executes submission %d\n", q, rp[q])
    :: else -> break
    od;
    running = NONE
}

/* One option per doorbell and per queue: a guard must be evaluated for each, not after a choice. */
#define NOTICE(dd) \
    :: atomic { rung[dd] && bound[dd] != NONE -> rung[dd] = false; q = bound[dd]; running = q; target = wp[q]; \
                printf("GPU: notices doorbell %d, runs q%d to %d\n", dd, q, target) }; \
       run_to(q, target)
#define KICKED(qq) \
    :: atomic { kick[qq] && BOUND_Q(qq) -> kick[qq] = false; q = qq; running = q; target = wp[q]; \
                printf("GPU: kicked, runs q%d to %d\n", q, target) }; \
       run_to(q, target) \
    :: atomic { kick[qq] && !BOUND_Q(qq) -> kick[qq] = false }

proctype Firmware() {
    byte q, target;
end:
    do
    NOTICE(0)
#if ND > 1
    NOTICE(1)
#endif
    KICKED(0)
    KICKED(1)
#if NQ > 2
    KICKED(2)
#endif
    od
}

#ifdef OS_DISCONNECT
/* One disconnect the OS makes on its own (a suspend, F1, D3) of any connected queue, at any time. */
proctype OsDisconnect() {
    byte q, d;
    select(q : 0 .. NQ - 1);
    lock(ctxlock[q]);
    in_os[_pid]++;
    if
    :: status[q] == CONNECTED || status[q] == NOTIFY_KMD ->
        printf("OS: disconnects q%d on its own\n", q);
#if defined(OS_DDI_LAST)
        os_rotate_and_status(q, OS_REASON);              /* the stores first, in the order set */
#elif defined(STATUS_FIRST)
        set_status(q, OS_REASON); printf("OS: q%d status %e\n", q, OS_REASON); /* the emulator's STATUS_FIRST */
#endif
        d = phys[q];
        printf("KMD: DxgkDdiDisconnectDoorbell(q%d)\n", q);
#ifdef OS_DDI_KICK
        /* a KMD that treats the OS's disconnect as its own victimization: kick, drain, then release */
        atomic { if :: d != NONE && bound[d] == q -> kick[q] = true; printf("KMD: kick q%d\n", q) :: else -> skip fi };
        (!kick[q] && running != q && !(d != NONE && rung[d] && bound[d] == q));
#endif
        atomic {
            (running != q);
            if
            :: d != NONE && bound[d] == q -> unbind(d, q); printf("KMD: doorbell %d released by q%d\n", d, q)
            :: else -> skip
            fi
        };
#if defined(OS_DDI_LAST)
        skip;
#elif defined(STATUS_FIRST)
        va[q] = NONE; printf("OS: q%d VA to the dummy page\n", q);
#else
        os_rotate_and_status(q, OS_REASON);              /* documented: the DDI, the VA, the status */
#endif
        skip
    :: else -> skip
    fi;
    in_os[_pid]--;
    unlock(ctxlock[q])
}
#endif

init {
    byte q;
    atomic {
        for (q : 0 .. NQ - 1) { run Umd(q) }
        run Firmware();
#ifdef OS_DISCONNECT
        run OsDisconnect();
#endif
    }
    /* Nothing else can move: the UMDs are done and the firmware found nothing left to run. */
    timeout;
    assert(done_umds == NQ);
    for (q : 0 .. NQ - 1) {
        if
        :: status[q] != ABORT -> assert(rp[q] == wp[q]) /* no submission lost (a TDR loses the device's work) */
        :: else -> skip
        fi
    }
}
