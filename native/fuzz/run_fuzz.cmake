# Builds a libFuzzer target with clang (libFuzzer + ASan + UBSan) and runs it for a bounded
# time. Invoked by CTest:
#   cmake -DSRC=<repo> -DOUT=<dir> -DSECONDS=<n> [-DFUZZER=fuzz_packets|fuzz_probe] -P run_fuzz.cmake
# fuzz_packets (the default) fuzzes the packet decoder, fuzz_probe the guarded copies.
# Without clang's libFuzzer it prints UMWS-SKIPPED (CTest reports the test as skipped), unless
# UMWS_REQUIRE_ALL_ABIS=1 (CI), where that is an error.
if(NOT FUZZER)
  set(FUZZER fuzz_packets)
endif()
find_program(CLANG clang)
set(probe "${OUT}/probe.c")
file(MAKE_DIRECTORY "${OUT}")
file(WRITE "${probe}" "int LLVMFuzzerTestOneInput(const unsigned char *d, unsigned long n) { (void)d; (void)n; return 0; }\n")
set(ok FALSE)
if(CLANG)
  execute_process(COMMAND ${CLANG} -fsanitize=fuzzer "${probe}" -o "${OUT}/probe" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(rc EQUAL 0)
    set(ok TRUE)
  endif()
endif()
if(NOT ok)
  if("$ENV{UMWS_REQUIRE_ALL_ABIS}" STREQUAL "1")
    message(FATAL_ERROR "clang with libFuzzer is required (sudo apt-get install -y clang libclang-rt-14-dev)")
  endif()
  message("UMWS-SKIPPED: clang with libFuzzer not found; install: sudo apt-get install -y clang libclang-rt-14-dev")
  return()
endif()
if(FUZZER STREQUAL "fuzz_packets")
  file(GLOB sources "${SRC}/native/abi/*.c" "${SRC}/native/gpu/*.c")
  # The GPU's traced sites call the recorder (off while fuzzing: one load and a branch each).
  list(APPEND sources "${SRC}/native/platform/platform_posix.c" "${SRC}/native/trace/trace.c")
  set(seeds "${SRC}/native/fuzz/seeds")
elseif(FUZZER STREQUAL "fuzz_probe")
  set(sources "${SRC}/native/probe/probe.c" "${SRC}/native/platform/platform_probe_posix.c")
  set(seeds "")
else()
  message(FATAL_ERROR "no fuzzer named '${FUZZER}'")
endif()
execute_process(
  COMMAND ${CLANG} -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
          -Wall -Wextra -Werror -DUMWS_FUZZ_DELAY_CAP_NS=1000 -DUMWS_GENERATION=2
          -I${SRC}/include -I${SRC}/native
          ${sources} ${SRC}/native/fuzz/${FUZZER}.c
          -lpthread -o "${OUT}/${FUZZER}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "building the fuzzer failed")
endif()
file(MAKE_DIRECTORY "${OUT}/corpus")
execute_process(
  COMMAND "${OUT}/${FUZZER}" -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=1024
          "${OUT}/corpus" ${seeds}
  WORKING_DIRECTORY "${OUT}"
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the fuzzer found a crash (see ${OUT})")
endif()
