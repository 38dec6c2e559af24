# Cross-builds the shim and its C tests for Windows x64 with MinGW-w64 (the Win32 platform
# layer) and runs them under Wine. Invoked by CTest:
#   cmake -DSRC=<repo> -DOUT=<dir> -DGENERATION=<G> -P mingw_wine.cmake
# Without MinGW or Wine it prints UMWS-SKIPPED, unless UMWS_REQUIRE_ALL_ABIS=1 (CI).
find_program(MINGW_GCC x86_64-w64-mingw32-gcc)
find_program(WINE wine)
if(NOT MINGW_GCC OR NOT WINE)
  if("$ENV{UMWS_REQUIRE_ALL_ABIS}" STREQUAL "1")
    message(FATAL_ERROR "MinGW-w64 and Wine are required (sudo apt-get install -y gcc-mingw-w64-x86-64 wine64 wine)")
  endif()
  message("UMWS-SKIPPED: MinGW-w64 or Wine not found; install: sudo apt-get install -y gcc-mingw-w64-x86-64 wine64 wine")
  return()
endif()
if("$ENV{WINEPREFIX}" STREQUAL "")
  set(ENV{WINEPREFIX} "${OUT}/wineprefix")
endif()
set(ENV{WINEDEBUG} "-all")
set(ENV{WINEDLLOVERRIDES} "mscoree,mshtml=")
execute_process(
  COMMAND ${CMAKE_COMMAND} -S "${SRC}" -B "${OUT}/build"
          -DCMAKE_SYSTEM_NAME=Windows -DCMAKE_C_COMPILER=${MINGW_GCC}
          "-DCMAKE_CROSSCOMPILING_EMULATOR=${WINE}" -DCMAKE_EXE_LINKER_FLAGS=-static-libgcc
          -DCMAKE_SHARED_LINKER_FLAGS=-static-libgcc -DUMWS_GENERATION=${GENERATION}
          -DUMWS_SANITIZER_TESTS=OFF -DUMWS_OUTER_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "configuring the MinGW build failed")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build "${OUT}/build" --parallel 2 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the MinGW build failed")
endif()
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir "${OUT}/build" --output-on-failure --timeout 300
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the C tests failed under Wine")
endif()
