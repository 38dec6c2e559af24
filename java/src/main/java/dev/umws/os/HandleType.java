package dev.umws.os;

/** What a D3DKMT handle names. */
enum HandleType {
    ADAPTER, DEVICE, CONTEXT, HW_QUEUE, ALLOCATION, DOORBELL, SYNC_OBJECT
}
