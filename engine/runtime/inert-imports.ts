/**
 * The WebAssembly imports the bridge tripwire leaves unguarded (see bridge-tripwire.ts): every other
 * function Emscripten hands to Pyodide's module trips the wire when called while armed. Each one here
 * was read in the JavaScript of every installed Pyodide (0.25.1, 0.27.7, 0.29.x, 314.0.x) and neither
 * runs JavaScript a program can choose nor gives Python a JavaScript value nor leaves anything behind
 * in the JavaScript realm that outlives a run. A name belongs here only after that review, for every
 * installed version (tests/engine/tripwire-imports.test.ts lists the imports of each).
 */
export const INERT_IMPORTS: ReadonlySet<string> = new Set([
  // CPython's call trampolines: `wasmTable.get(pointer)(...)`. The table holds WebAssembly functions
  // and the imports themselves as wrapped at instantiation, so a forged pointer reaches JavaScript
  // only through a guarded import. The signal helper reads the engine's interrupt buffer.
  "_PyEM_TrampolineCall_JS",
  "_PyImport_InitFunc_TrampolineCall",
  "_Py_CheckEmscriptenSignals_Helper",
  // Files: Emscripten's FS on the in-memory MEMFS, its devices (/dev/null, tty, random, the engine's
  // stdin/stdout/stderr writers), /proc/self/fd and PIPEFS (os.pipe, in memory too); no host folder is
  // mounted. Sockets are not here: SOCKFS opens WebSockets in the realm.
  "fd_close",
  "fd_fdstat_get",
  "fd_pread",
  "fd_pwrite",
  "fd_read",
  "fd_seek",
  "fd_sync",
  "fd_write",
  "__syscall_chdir",
  "__syscall_chmod",
  "__syscall_dup",
  "__syscall_dup3",
  "__syscall_faccessat",
  "__syscall_fadvise64",
  "__syscall_fallocate",
  "__syscall_fchdir",
  "__syscall_fchmod",
  "__syscall_fchmodat",
  "__syscall_fchmodat2",
  "__syscall_fchown32",
  "__syscall_fchownat",
  "__syscall_fcntl64",
  "__syscall_fdatasync",
  "__syscall_fstat64",
  "__syscall_fstatfs64",
  "__syscall_ftruncate64",
  "__syscall_getcwd",
  "__syscall_getdents64",
  "__syscall_ioctl",
  "__syscall_lstat64",
  "__syscall_mkdirat",
  "__syscall_mknodat",
  "__syscall_newfstatat",
  "__syscall_openat",
  "__syscall_pipe",
  "__syscall_poll",
  "__syscall_readlinkat",
  "__syscall_renameat",
  "__syscall_rmdir",
  "__syscall__newselect",
  "__syscall_stat64",
  "__syscall_statfs64",
  "__syscall_symlink",
  "__syscall_symlinkat",
  "__syscall_truncate64",
  "__syscall_unlinkat",
  "__syscall_utimensat",
  "_mmap_js",
  "_msync_js",
  "_munmap_js",
  // Clocks and calendars: numbers and strings from Date/performance, written into linear memory.
  "clock_res_get",
  "clock_time_get",
  "emscripten_date_now",
  "emscripten_get_now",
  "emscripten_get_now_res",
  "_emscripten_get_now_is_monotonic",
  "_gmtime_js",
  "_localtime_js",
  "_mktime_js",
  "_timegm_js",
  "_tzset_js",
  "strftime",
  "strftime_l",
  // Random bytes (crypto.getRandomValues) into linear memory.
  "getentropy",
  "random_get",
  // Fixed facts: the environment Pyodide was given, uid/umask constants, the program name.
  "environ_get",
  "environ_sizes_get",
  "__syscall_getuid32_js",
  "__syscall_umask_js",
  "_emscripten_get_progname",
  // Linear memory: growth (capped by heap-cap.ts), its maximum, and 0.25's memcpy of large blocks.
  "emscripten_get_heap_max",
  "emscripten_memcpy_js",
  "emscripten_resize_heap",
  // Ending the runtime: os._exit (proc_exit) and os.abort (_abort_js; abort before 0.29) stop the interpreter, which its
  // host then replaces as crashed; they hand the program nothing. Guarding them would turn a learner's
  // os._exit into a SecurityError.
  "proc_exit",
  "_abort_js",
  "abort",
  // Whether Pyodide may suspend the stack for a synchronous wait (time.sleep on 3.13+): a boolean.
  "can_run_sync_js",
  // Pyodide 0.29's own `sentinel` import module, which is not `env` (the tripwire walks only `env`, which
  // is also `wasi_snapshot_preview1`): a fixed Symbol created once, and an identity test against it.
  "create_sentinel",
  "is_sentinel",
]);
