package dev.umws.os;

/** One lifetime vocabulary for every OS object (as WSL dxgkrnl has it). */
enum ObjectState {
    CREATED, ACTIVE, STOPPED, DESTROYED
}
