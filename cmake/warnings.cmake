# Every target in the project gets the same warnings and, when asked, sanitizers.
add_library(ringdump_options INTERFACE)
target_compile_options(ringdump_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wformat=2 -Wimplicit-fallthrough
  -Wnon-virtual-dtor -Wcast-qual -Wundef)
if(RINGDUMP_WERROR)
  target_compile_options(ringdump_options INTERFACE -Werror)
endif()
if(RINGDUMP_SANITIZE)
  target_compile_options(ringdump_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # Not position-independent: the sanitizers' per-check data holds millions of pointers,
  # and relocating them at every start cost a second per run of ringdump (the corpus
  # sanitizer test starts it 1500 times); linked at a fixed address it starts in 0.4 s.
  target_link_options(ringdump_options INTERFACE -fsanitize=address,undefined -no-pie)
endif()
if(RINGDUMP_FUZZ)
  # Coverage instrumentation for every library; the fuzz targets add the libFuzzer main.
  target_compile_options(ringdump_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  target_link_options(ringdump_options INTERFACE -fsanitize=address,undefined)
endif()
