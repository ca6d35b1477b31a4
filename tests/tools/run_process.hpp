// Test helper: run a command, capture its stdout, stderr and exit status.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace rd::test {

struct ProcessResult {
    int status = -1;  // exit status, or -signal
    std::string out;
    std::string err;
};

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Runs argv (no shell), optionally feeding stdin_data, with TZ=GMT0.
inline ProcessResult run_process(const std::vector<std::string>& argv, const std::string& stdin_data = "") {
    char out_tmpl[] = "/tmp/rdtest-out-XXXXXX";
    char err_tmpl[] = "/tmp/rdtest-err-XXXXXX";
    char in_tmpl[] = "/tmp/rdtest-in-XXXXXX";
    int ofd = mkstemp(out_tmpl), efd = mkstemp(err_tmpl), ifd = mkstemp(in_tmpl);
    if (write(ifd, stdin_data.data(), stdin_data.size()) != static_cast<ssize_t>(stdin_data.size())) {}
    lseek(ifd, 0, SEEK_SET);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(ifd, 0);
        dup2(ofd, 1);
        dup2(efd, 2);
        setenv("TZ", "GMT0", 1);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int st = 0;
    waitpid(pid, &st, 0);
    close(ofd);
    close(efd);
    close(ifd);
    ProcessResult r;
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
    r.out = slurp(out_tmpl);
    r.err = slurp(err_tmpl);
    unlink(out_tmpl);
    unlink(err_tmpl);
    unlink(in_tmpl);
    return r;
}

}  // namespace rd::test
