// NFS v2/v3 replies: the RPC reply header, then the results of the call the xid table
// paired the reply with.
#include "nfs.hpp"

namespace rd {

using namespace nfs;

namespace {

constexpr Tok kStatus[] = {
    {1, "Operation not permitted"},
    {2, "No such file or directory"},
    {5, "Input/output error"},
    {6, "Device not configured"},
    {11, "Resource deadlock avoided"},
    {12, "Cannot allocate memory"},
    {13, "Permission denied"},
    {17, "File exists"},
    {18, "Cross-device link"},
    {19, "Operation not supported by device"},
    {20, "Not a directory"},
    {21, "Is a directory"},
    {22, "Invalid argument"},
    {26, "Text file busy"},
    {27, "File too large"},
    {28, "No space left on device"},
    {30, "Read-only file system"},
    {31, "Too many links"},
    {45, "Operation not supported"},
    {62, "Too many levels of symbolic links"},
    {63, "File name too long"},
    {66, "Directory not empty"},
    {69, "Disc quota exceeded"},
    {70, "Stale NFS file handle"},
    {71, "Too many levels of remote in path"},
    {99, "Write cache flushed to disk"},
    {10001, "Illegal NFS file handle"},
    {10002, "Update synchronization mismatch"},
    {10003, "READDIR/READDIRPLUS cookie is stale"},
    {10004, "Operation not supported"},
    {10005, "Buffer or request is too small"},
    {10006, "Unspecified error on server"},
    {10007, "Object of that type not supported"},
    {10008, "Request couldn't be completed in time"},
};

constexpr Tok kAuthStat[] = {
    {0, "OK"},
    {1, "Bogus Credentials (seal broken)"},
    {2, "Rejected Credentials (client should begin new session)"},
    {3, "Bogus Verifier (seal broken)"},
    {4, "Verifier expired or was replayed"},
    {5, "Credentials are too weak"},
    {6, "Bogus response verifier"},
    {7, "Unknown failure"},
};

constexpr Tok kAcceptStat[] = {
    {1, "PROG_UNAVAIL"}, {2, "PROG_MISMATCH"}, {3, "PROC_UNAVAIL"},
    {4, "GARBAGE_ARGS"}, {5, "SYSTEM_ERR"},
};

constexpr Tok kWriteModes[] = {{0, "unstable"}, {1, "datasync"}, {2, "filesync"}};

// One reply being printed: the message, its length, and whether an NFS or RPC error
// was shown (then no truncation marker follows a failed step).
struct Reply {
    Ctx& ctx;
    const Cursor& c;
    uint32_t length;
    bool err = false;

    OutBuf& out() { return ctx.out; }
    int vflag() const { return ctx.opt.vflag; }

    // Skips the verifier and checks the accept status; offset of the results.
    size_t results() {
        const uint32_t len = c.be32(16);
        if (ctx.truncated || len >= length) return kNil;
        const size_t off = 12 + ((uint64_t{len} + 11) / 4) * 4;
        const uint32_t astat = c.be32(off);
        if (ctx.truncated) return kNil;
        if (astat != 0) {
            out().put(' ');
            put_tok(ctx, kAcceptStat, astat, "ar_stat {}");
            err = true;
            return kNil;
        }
        return off + 4;
    }

    size_t status(size_t off, uint32_t& er) {
        er = c.be32(off);
        if (ctx.truncated) return kNil;
        if (er != 0) {
            if (!ctx.opt.qflag) {
                out().put(" ERROR: ");
                put_tok(ctx, kStatus, er, "unk {}");
            }
            err = true;
        }
        return off + 4;
    }

    bool attrstat(size_t off, int verbose, bool v3) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return false;
        if (er) return true;
        return parse_fattr(ctx, c, off, verbose, v3) != kNil;
    }

    bool diropres(size_t off) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return false;
        if (er) return true;
        if ((off = parse_fh(ctx, c, off, false)) == kNil) return false;
        return parse_fattr(ctx, c, off, vflag(), false) != kNil;
    }

    size_t post_op_attr(size_t off, int verbose) {
        const uint32_t follows = c.be32(off);
        if (ctx.truncated) return kNil;
        if (!follows) return off + 4;
        if (verbose) return parse_fattr(ctx, c, off + 4, verbose, true);
        return off + 4 + 84;
    }

    size_t pre_op_attr(size_t off, int verbose) {
        const uint32_t follows = c.be32(off);
        if (ctx.truncated) return kNil;
        if (!follows) return off + 4;
        off += 4;
        if (!c.has(off, 24)) return kNil;
        if (verbose > 1) {
            out().f(" sz {}", c.be64(off));
            out().f(" mtime {}.{:06} ctime {}.{:06}", c.be32(off + 8), c.be32(off + 12),
                    c.be32(off + 16), c.be32(off + 20));
        }
        return off + 24;
    }

    size_t wcc_data(size_t off, int verbose) {
        if (verbose > 1) out().put(" PRE:");
        if ((off = pre_op_attr(off, verbose)) == kNil) return kNil;
        if (verbose) out().put(" POST:");
        return post_op_attr(off, verbose);
    }

    size_t wccres(size_t off, int verbose) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return kNil;
        return wcc_data(off, verbose);
    }

    size_t createopres(size_t off, int verbose) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return kNil;
        if (er) return wcc_data(off, verbose);
        const uint32_t follows = c.be32(off);
        if (ctx.truncated) return kNil;
        if (!follows) return off + 4;
        if ((off = parse_fh(ctx, c, off + 4, true)) == kNil) return kNil;
        if (verbose) {
            if ((off = post_op_attr(off, verbose)) == kNil) return kNil;
            if (vflag() > 1) {
                out().put(" dir attr:");
                off = wcc_data(off, verbose);
            }
        }
        return off;
    }

    bool linkres(size_t off, bool v3) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return false;
        if (er) return true;
        if (v3 && (off = post_op_attr(off, vflag())) == kNil) return false;
        out().put(' ');
        return parse_fn(ctx, c, off) != kNil;
    }

    bool statfs(size_t off, bool v3) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return false;
        if (!v3 && er) return true;
        if (ctx.opt.qflag) return true;
        if (v3) {
            if (vflag()) out().put(" POST:");
            if ((off = post_op_attr(off, vflag())) == kNil) return false;
        }
        if (!c.has(off, v3 ? 52 : 20)) return false;
        if (v3) {
            out().f(" tbytes {} fbytes {} abytes {}", c.be64(off), c.be64(off + 8), c.be64(off + 16));
            if (vflag())
                out().f(" tfiles {} ffiles {} afiles {} invar {}", c.be64(off + 24), c.be64(off + 32),
                        c.be64(off + 40), c.be32(off + 48));
        } else {
            out().f(" tsize {} bsize {} blocks {} bfree {} bavail {}", c.be32(off), c.be32(off + 4),
                    c.be32(off + 8), c.be32(off + 12), c.be32(off + 16));
        }
        return true;
    }

    bool rddires(size_t off) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return false;
        if (er || ctx.opt.qflag) return true;
        const uint32_t cookie = c.be32(off), size = c.be32(off + 4);
        if (ctx.truncated) return true;
        out().f(" offset 0x{:x} size {} ", cookie, size);
        const uint32_t eof = c.be32(off + 8);
        if (!ctx.truncated && eof != 0) out().put(" eof");
        return true;
    }

    size_t v3rddirres(size_t off, int verbose) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return kNil;
        if (vflag()) out().put(" POST:");
        if ((off = post_op_attr(off, verbose)) == kNil) return kNil;
        if (er) return off;
        if (vflag()) {
            const uint32_t v0 = c.be32(off), v1 = c.be32(off + 4);
            if (ctx.truncated) return kNil;
            out().f(" verf {:08x}{:08x}", v0, v1);
            off += 8;
        }
        return off;
    }

    bool fsinfo(size_t off) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return false;
        if (vflag()) out().put(" POST:");
        if ((off = post_op_attr(off, vflag())) == kNil) return false;
        if (er) return true;
        if (!c.has(off, 48)) return false;
        out().f(" rtmax {} rtpref {} wtmax {} wtpref {} dtpref {}", c.be32(off), c.be32(off + 4),
                c.be32(off + 12), c.be32(off + 16), c.be32(off + 24));
        if (vflag()) {
            out().f(" rtmult {} wtmult {} maxfsz {}", c.be32(off + 8), c.be32(off + 20), c.be64(off + 28));
            out().f(" delta {}.{:06} ", c.be32(off + 36), c.be32(off + 40));
        }
        return true;
    }

    bool pathconf(size_t off) {
        uint32_t er;
        if ((off = status(off, er)) == kNil) return false;
        if (vflag()) out().put(" POST:");
        if ((off = post_op_attr(off, vflag())) == kNil) return false;
        if (er) return true;
        if (!c.has(off, 24)) return false;
        out().f(" linkmax {} namemax {} {} {} {} {}", c.be32(off), c.be32(off + 4),
                c.be32(off + 8) ? "notrunc" : "", c.be32(off + 12) ? "chownres" : "",
                c.be32(off + 16) ? "igncase" : "", c.be32(off + 20) ? "keepcase" : "");
        return true;
    }

    // The results of proc; false: a step failed (the marker follows unless err).
    bool print(uint32_t proc, bool v3) {
        const int vf = vflag();
        if (proc == kNull || proc > kCommit) return true;  // no results decoded
        size_t dp = results();
        if (dp == kNil) return false;
        uint32_t er = 0;
        switch (proc) {
        case kGetattr: return attrstat(dp, !ctx.opt.qflag, v3);
        case kSetattr:
            if (v3) return wccres(dp, vf) != kNil;
            return attrstat(dp, !ctx.opt.qflag, false);
        case kLookup:
            if (!v3) return diropres(dp);
            if ((dp = status(dp, er)) == kNil) return false;
            if (!er) {
                if ((dp = parse_fh(ctx, c, dp, true)) == kNil) return false;
                if ((dp = post_op_attr(dp, vf)) == kNil) return false;
            }
            if (vf > 1) {
                out().put(" post dattr:");
                if ((dp = post_op_attr(dp, vf)) == kNil) return false;
            }
            return true;
        case kAccess: {
            if ((dp = status(dp, er)) == kNil) return false;
            if (vf) out().put(" attr:");
            if ((dp = post_op_attr(dp, vf)) == kNil) return false;
            if (!er) {
                const uint32_t v = c.be32(dp);
                if (!ctx.truncated) out().f(" c {:04x}", v);
            }
            return true;
        }
        case kReadlink: return linkres(dp, v3);
        case kRead:
            if (!v3) return attrstat(dp, vf, false);
            if ((dp = status(dp, er)) == kNil) return false;
            if ((dp = post_op_attr(dp, vf)) == kNil) return false;
            if (!er && vf) {
                const uint32_t n = c.be32(dp);
                if (ctx.truncated) return true;
                out().f(" {} bytes", n);
                const uint32_t eof = c.be32(dp + 4);
                if (!ctx.truncated && eof) out().put(" EOF");
            }
            return true;
        case kWrite:
            if (!v3) return attrstat(dp, vf, false);
            if ((dp = status(dp, er)) == kNil) return false;
            if ((dp = wcc_data(dp, vf)) == kNil) return false;
            if (!er && vf) {
                const uint32_t n = c.be32(dp);
                if (ctx.truncated) return true;
                out().f(" {} bytes", n);
                if (vf > 1) {
                    const uint32_t how = c.be32(dp + 4);
                    if (ctx.truncated) return true;
                    out().put(" <");
                    if (const char* m = tok_lookup(kWriteModes, how)) ctx.out.put(m); else ctx.out.f("#{}", static_cast<int32_t>(how));
                    out().put('>');
                    const uint64_t verf = c.be64(dp + 8);
                    if (!ctx.truncated) out().f(" verf {:x}", verf);
                }
            }
            return true;
        case kCreate: case kMkdir:
            if (v3) return createopres(dp, vf) != kNil;
            return diropres(dp);
        case kSymlink:
            if (v3) return createopres(dp, vf) != kNil;
            return status(dp, er) != kNil;
        case kMknod: return createopres(dp, vf) != kNil;
        case kRemove: case kRmdir:
            if (v3) return wccres(dp, vf) != kNil;
            return status(dp, er) != kNil;
        case kRename:
            if ((dp = status(dp, er)) == kNil) return false;
            if (v3 && vf) {
                out().put(" from:");
                if ((dp = wcc_data(dp, vf)) == kNil) return false;
                out().put(" to:");
                if ((dp = wcc_data(dp, vf)) == kNil) return false;
            }
            return true;
        case kLink:
            if ((dp = status(dp, er)) == kNil) return false;
            if (v3 && vf) {
                out().put(" file POST:");
                if ((dp = post_op_attr(dp, vf)) == kNil) return false;
                out().put(" dir:");
                if ((dp = wcc_data(dp, vf)) == kNil) return false;
            }
            return true;
        case kReaddir:
            if (v3) return v3rddirres(dp, vf) != kNil;
            return rddires(dp);
        case kReaddirplus: return v3rddirres(dp, vf) != kNil;
        case kFsstat: return statfs(dp, v3);
        case kFsinfo: return fsinfo(dp);
        case kPathconf: return pathconf(dp);
        case kCommit:
            if ((dp = wccres(dp, vf)) == kNil) return false;
            if (vf > 1) {
                const uint64_t verf = c.be64(dp);
                if (!ctx.truncated) out().f(" verf {:x}", verf);
            }
            return true;
        default: return true;
        }
    }
};

}  // namespace

void nfs_reply_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "nfs";
    if (!c.has(8, 4)) {
        ctx.print_trunc();
        return;
    }
    const uint32_t stat = c.be32(8);
    if (stat == 0) {
        out.f("reply ok {}", length);
        uint32_t proc = 0, vers = 0;
        if (!xid_find(ctx, c.be32(0), ip, proc, vers)) return;
        const bool v3 = vers == 3;
        proc = map_proc(proc, vers);
        put_proc(ctx, proc);
        Reply r{ctx, c, length};
        if (!r.print(proc, v3) && !r.err) ctx.print_trunc();
        return;
    }
    if (stat == 1) {
        out.f("reply ERR {}: ", length);
        if (!c.has(12, 4)) {
            ctx.print_trunc();
            return;
        }
        const uint32_t rstat = c.be32(12);
        if (rstat == 0) {
            if (!c.has(20, 4)) {
                ctx.print_trunc();
                return;
            }
            out.f("RPC Version mismatch ({}-{})", c.be32(16), c.be32(20));
        } else if (rstat == 1) {
            if (!c.has(16, 4)) {
                ctx.print_trunc();
                return;
            }
            out.put("Auth ");
            put_tok(ctx, kAuthStat, c.be32(16), "Invalid failure code {}");
        } else {
            out.f("Unknown reason for rejecting rpc message {}", rstat);
        }
        return;
    }
    out.f("reply Unknown rpc response code={} {}", stat, length);
}

}  // namespace rd
