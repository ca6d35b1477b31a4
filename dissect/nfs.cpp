// NFS v2/v3 over Sun RPC (RFC 1094, RFC 1813): calls, file handles (with the server-OS
// guesses tcpdump makes about their layout) and the xid table that pairs replies with
// calls. Replies are in nfs_reply.cpp.
#include <cstring>

#include "nfs.hpp"
#include "state.hpp"

namespace rd {
namespace nfs {

namespace {

constexpr Tok kProcs[] = {
    {kNoop, "nop"},         {kNull, "null"},         {kGetattr, "getattr"},
    {kSetattr, "setattr"},  {kLookup, "lookup"},     {kAccess, "access"},
    {kReadlink, "readlink"}, {kRead, "read"},        {kWrite, "write"},
    {kCreate, "create"},    {kMkdir, "mkdir"},       {kSymlink, "symlink"},
    {kMknod, "mknod"},      {kRemove, "remove"},     {kRmdir, "rmdir"},
    {kRename, "rename"},    {kLink, "link"},         {kReaddir, "readdir"},
    {kReaddirplus, "readdirplus"}, {kFsstat, "fsstat"}, {kFsinfo, "fsinfo"},
    {kPathconf, "pathconf"}, {kCommit, "commit"},
};

// NFSv2 procedure numbers 0..17 in v3 terms (the v2-only ones become "nop").
constexpr uint32_t kV2Procs[] = {
    kNull, kGetattr, kSetattr, kNoop,  kLookup,  kReadlink, kRead,  kNoop,  kWrite,
    kCreate, kRemove, kRename, kLink, kSymlink, kMkdir, kRmdir, kReaddir, kFsstat,
};
constexpr uint32_t kNfsProcCount = 26;  // v2 numbers 18..25 also map to "nop"

constexpr Tok kWriteModes[] = {{0, "unstable"}, {1, "datasync"}, {2, "filesync"}};

// Layouts tcpdump recognises in a file handle.
enum class FhType { Unknown, Auspex, DecOsf, Irix4, SunOs4, SunOs5, Ultrix, VmsUcx, Hpux9, Bsd44 };

bool ascii_print(uint8_t ch) { return ch >= 0x20 && ch < 0x7f; }

// VMS UCX: a code byte, printable characters, then only NULs up to byte 13.
bool is_ucx(const Cursor& c, size_t off, uint32_t words) {
    if (words < 7) return false;
    bool seen_null = false;
    for (size_t i = 1; i < 14; ++i) {
        const uint8_t ch = c.u8(off + i);
        if (ascii_print(ch)) {
            if (seen_null) return false;
        } else if (ch == 0) {
            seen_null = true;
        } else {
            return false;
        }
    }
    return true;
}

FhType guess_fh_type(const Cursor& c, size_t off, uint32_t words) {
    if (words < 4) return FhType::Unknown;
    auto b = [&](size_t i) { return c.u8(off + i); };
    if (b(0) == 0 && b(1) == 0) {
        if (b(2) == 0 && b(3) == 0) return FhType::Auspex;
        if (b(4) != 0 && b(5) == 0 && b(8) == 12 && b(9) == 0) return FhType::DecOsf;
        if (b(4) == 0 && b(5) == 8 && b(6) == 0 && b(7) == 0) return FhType::Irix4;
        return FhType::SunOs4;
    }
    if (b(2) == 0 && b(3) == 0) {
        if (b(6) == 0 && b(7) == 0) return FhType::Bsd44;
        if (words >= 6 && b(21) == 0 && b(23) == 0) return FhType::Ultrix;
        return b(9) == 10 ? FhType::SunOs5 : FhType::Unknown;
    }
    if (b(8) == 12 && b(9) == 0) return FhType::DecOsf;
    if (b(8) == 0 && b(9) == 10) {
        if (b(7) == 0 && b(6) == 0 && b(5) == 0 && b(4) == 0) return FhType::Hpux9;
        return FhType::SunOs5;
    }
    return is_ucx(c, off, words) ? FhType::VmsUcx : FhType::Unknown;
}

// " fh MAJOR,MINOR/INODE", " fh FSNAME/INODE" (VMS) or " fh Unknown/HEX"; the bytes
// (words 32-bit words at off) are known to be captured.
void print_fh(Ctx& ctx, const Cursor& c, size_t off, uint32_t words) {
    OutBuf& out = ctx.out;
    auto b = [&](size_t i) -> uint32_t { return c.u8(off + i); };
    auto be32 = [&](size_t i) { return c.be32(off + i); };
    auto le32 = [&](size_t i) { return c.le32(off + i); };
    uint32_t major = 0, minor = 0, ino = 0;
    const FhType type = guess_fh_type(c, off, words);
    // The name is cut to as many characters as the handle has words (and at a space).
    auto put_name = [&](auto char_at) {
        const uint32_t n = words < 64 ? words : 64;
        out.put(" fh ");
        for (uint32_t i = 0; i < n; ++i) {
            const uint8_t ch = char_at(i);
            if (ch == 0 || ch == ' ') break;
            out.put(static_cast<char>(ch));
        }
        out.put('/');
    };
    switch (type) {
    case FhType::Unknown: {
        static constexpr char kUnknown[] = "Unknown";
        put_name([](uint32_t i) -> uint8_t { return i < 7 ? static_cast<uint8_t>(kUnknown[i]) : 0; });
        const size_t nbytes = static_cast<size_t>(words) * 4;
        for (size_t i = 0; i < nbytes && i < 32; ++i) out.f("{:02X}", c.u8(off + i));
        return;
    }
    case FhType::VmsUcx:
        put_name([&](uint32_t i) -> uint8_t { return static_cast<uint8_t>(b(1 + i)); });
        out.dec(b(26) << 24 | b(27) << 16 | c.le16(off + 22));
        return;
    case FhType::Auspex: minor = b(7); major = b(6); ino = be32(12); break;
    case FhType::Bsd44: minor = b(0); major = b(1); ino = le32(12); break;
    case FhType::DecOsf: {
        const uint32_t t = le32(0);
        minor = t & 0xFFFFF;
        major = (t >> 20) & 0xFFF;
        ino = le32(12);
        break;
    }
    case FhType::Irix4: minor = b(3); major = b(2); ino = be32(8); break;
    case FhType::SunOs4: minor = b(3); major = b(2); ino = be32(12); break;
    case FhType::SunOs5:
        major = (c.be16(off) >> 2) & 0x3FFF;
        minor = c.be24(off + 1) & 0x3FFFF;
        ino = be32(12);
        break;
    case FhType::Ultrix: minor = b(0); major = b(1); ino = le32(4); break;
    case FhType::Hpux9: major = b(0); minor = c.be24(off + 1); ino = be32(12); break;
    }
    out.f(" fh {},{}/{}", major, minor, ino);
}

}  // namespace

const Tok kFileTypes[7] = {{0, "NON"}, {1, "REG"}, {2, "DIR"}, {3, "BLK"},
                           {4, "CHR"}, {5, "LNK"}, {7, "FIFO"}};

uint32_t map_proc(uint32_t proc, uint32_t vers) {
    if (vers == 3 || proc >= kNfsProcCount) return proc;
    return proc < std::size(kV2Procs) ? kV2Procs[proc] : kNoop;
}

void put_proc(Ctx& ctx, uint32_t proc) {
    ctx.out.put(' ');
    put_tok(ctx, kProcs, proc, "proc-{}");
}

size_t parse_fh(Ctx& ctx, const Cursor& c, size_t off, bool v3) {
    uint32_t words = 8;  // NFSv2: 32 bytes
    if (v3) {
        words = c.be32(off) / 4;
        off += 4;
    }
    if (!c.has(off, static_cast<size_t>(words) * 4)) return kNil;
    print_fh(ctx, c, off, words);
    return off + static_cast<size_t>(words) * 4;
}

size_t parse_fn(Ctx& ctx, const Cursor& c, size_t off) {
    const uint32_t len = c.be32(off);
    if (ctx.truncated) return kNil;
    off += 4;
    if (len > UINT32_MAX - 3) {
        ctx.out.put("[cannot pad to 32-bit boundaries]");
        ctx.print_invalid();
        return kNil;
    }
    const size_t rounded = (static_cast<size_t>(len) + 3) & ~size_t{3};
    if (!c.has(off, rounded)) return kNil;
    ctx.out.put('"');
    put_string_n_checked(ctx, c, off, len);
    ctx.out.put('"');
    return off + rounded;
}

size_t parse_fattr(Ctx& ctx, const Cursor& c, size_t off, int verbose, bool v3) {
    OutBuf& out = ctx.out;
    if (!c.has(off + 16, 4)) return kNil;
    if (verbose) {
        const uint32_t type = c.be32(off), mode = c.be32(off + 4);
        const auto uid = static_cast<int32_t>(c.be32(off + 12));
        const auto gid = static_cast<int32_t>(c.be32(off + 16));
        out.put(' ');
        put_tok(ctx, kFileTypes, type, "unk-ft {} ");
        out.f(" {:o} ids {}/{}", mode, uid, gid);
        if (v3) {
            const uint64_t sz = c.be64(off + 20);
            if (ctx.truncated) return kNil;
            out.f(" sz {}", sz);
        } else {
            const uint32_t sz = c.be32(off + 20);
            if (ctx.truncated) return kNil;
            out.f(" sz {}", sz);
        }
    }
    if (verbose > 1) {
        if (v3) {
            if (!c.has(off + 76, 8)) return kNil;
            out.f(" nlink {} rdev {}/{}", c.be32(off + 8), c.be32(off + 36), c.be32(off + 40));
            out.f(" fsid {:x}", c.be64(off + 44));
            out.f(" fileid {:x}", c.be64(off + 52));
            out.f(" a/m/ctime {}.{:06}", c.be32(off + 60), c.be32(off + 64));
            out.f(" {}.{:06}", c.be32(off + 68), c.be32(off + 72));
            const uint32_t s = c.be32(off + 76), ns = c.be32(off + 80);
            if (ctx.truncated) return kNil;
            out.f(" {}.{:06}", s, ns);
        } else {
            if (!c.has(off + 60, 8)) return kNil;
            out.f(" nlink {} rdev 0x{:x} fsid 0x{:x} nodeid 0x{:x} a/m/ctime", c.be32(off + 8),
                  c.be32(off + 28), c.be32(off + 36), c.be32(off + 40));
            out.f(" {}.{:06}", c.be32(off + 44), c.be32(off + 48));
            out.f(" {}.{:06}", c.be32(off + 52), c.be32(off + 56));
            const uint32_t s = c.be32(off + 60), us = c.be32(off + 64);
            if (ctx.truncated) return kNil;
            out.f(" {}.{:06}", s, us);
        }
    }
    return off + (v3 ? 84 : 68);
}

// ---- xid table ----------------------------------------------------------------------

void xid_enter(Ctx& ctx, const Cursor& c, const IpInfo& ip) {
    NfsXidMap& m = ctx.state().nfs_xid;
    NfsXidEntry& e = m.entries[m.next];
    if (++m.next >= m.entries.size()) m.next = 0;
    e.xid = c.be32(0);
    e.ipver = static_cast<uint8_t>(ip.version);
    const size_t alen = ip.version == 6 ? 16 : 4;
    std::memcpy(e.client, ip.src.data(), alen);
    std::memcpy(e.server, ip.dst.data(), alen);
    e.proc = c.be32(20);
    e.vers = c.be32(16);
}

bool xid_find(Ctx& ctx, uint32_t xid, const IpInfo& ip, uint32_t& proc, uint32_t& vers) {
    NfsXidMap& m = ctx.state().nfs_xid;
    const size_t alen = ip.version == 6 ? 16 : 4;
    size_t i = m.hint;
    do {
        const NfsXidEntry& e = m.entries[i];
        if (e.ipver == ip.version && e.xid == xid && std::memcmp(ip.src.data(), e.server, alen) == 0 &&
            std::memcmp(ip.dst.data(), e.client, alen) == 0) {
            m.hint = i;
            proc = e.proc;
            vers = e.vers;
            return true;
        }
        if (++i >= m.entries.size()) i = 0;
    } while (i != m.hint);
    return false;
}

}  // namespace nfs

using namespace nfs;

namespace {

// Skips the call's credentials and verifier; the offset of the arguments or kNil.
size_t parse_call_args(Ctx& ctx, const Cursor& c, uint32_t length) {
    size_t off = 24;  // the credentials
    uint64_t left = length;
    for (int part = 0; part < 2; ++part) {
        if (left < 8) return kNil;
        const uint32_t len = c.be32(off + 4);
        if (ctx.truncated) return kNil;
        const uint32_t rounded = (len + 3) & ~uint32_t{3};  // 32-bit, as tcpdump rounds
        if (!c.has(off + 8, rounded)) return kNil;
        // The credentials may fill the message; the verifier must leave room.
        if (part == 0 ? 8 + uint64_t{rounded} > left : 8 + uint64_t{rounded} >= left) return kNil;
        off += ((uint64_t{len} + 11) / 4) * 4;
        left -= 8 + uint64_t{rounded};
    }
    return off;
}

size_t parse_fhn(Ctx& ctx, const Cursor& c, size_t off, bool v3) {
    off = parse_fh(ctx, c, off, v3);
    if (off == kNil) return kNil;
    ctx.out.put(' ');
    return parse_fn(ctx, c, off);
}

struct Sattr3 {
    uint32_t mode_set = 0, mode = 0, uid_set = 0, uid = 0, gid_set = 0, gid = 0;
    uint32_t atime_how = 0, atime_s = 0, atime_ns = 0, mtime_how = 0, mtime_s = 0, mtime_ns = 0;
};

size_t parse_sattr3(Ctx& ctx, const Cursor& c, size_t off, Sattr3& sa) {
    auto opt = [&](uint32_t& set, uint32_t& val) {
        set = c.be32(off);
        off += 4;
        if (set) {
            val = c.be32(off);
            off += 4;
        }
    };
    uint32_t size_set = 0, size = 0;
    opt(sa.mode_set, sa.mode);
    opt(sa.uid_set, sa.uid);
    opt(sa.gid_set, sa.gid);
    opt(size_set, size);
    auto time = [&](uint32_t& how, uint32_t& s, uint32_t& ns) {
        how = c.be32(off);
        off += 4;
        if (how == 2) {  // set to the client's time
            s = c.be32(off);
            ns = c.be32(off + 4);
            off += 8;
        }
    };
    time(sa.atime_how, sa.atime_s, sa.atime_ns);
    time(sa.mtime_how, sa.mtime_s, sa.mtime_ns);
    return ctx.truncated ? kNil : off;
}

void print_sattr3(Ctx& ctx, const Sattr3& sa, int verbose) {
    OutBuf& out = ctx.out;
    if (sa.mode_set) out.f(" mode {:o}", sa.mode);
    if (sa.uid_set) out.f(" uid {}", sa.uid);
    if (sa.gid_set) out.f(" gid {}", sa.gid);
    if (verbose > 1) {
        if (sa.atime_how == 2) out.f(" atime {}.{:06}", sa.atime_s, sa.atime_ns);
        if (sa.mtime_how == 2) out.f(" mtime {}.{:06}", sa.mtime_s, sa.mtime_ns);
    }
}

void print_access(Ctx& ctx, uint32_t flags) {
    static constexpr const char* kNames[] = {"NFS_ACCESS_READ",   "NFS_ACCESS_LOOKUP",
                                             "NFS_ACCESS_MODIFY", "NFS_ACCESS_EXTEND",
                                             "NFS_ACCESS_DELETE", "NFS_ACCESS_EXECUTE"};
    if (flags & ~0x3Fu) {
        ctx.out.f(" {:04x}", flags);
    } else if (flags == 0x3F) {
        ctx.out.put(" NFS_ACCESS_FULL");
    } else {
        char sep = ' ';
        for (unsigned i = 0; i < 6; ++i) {
            if (flags & (1u << i)) {
                ctx.out.put(sep);
                ctx.out.put(kNames[i]);
                sep = '|';
            }
        }
    }
}

// The arguments of call proc at off (after the credentials); false: print the marker.
bool print_call_args(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t proc, bool v3) {
    OutBuf& out = ctx.out;
    const int vflag = ctx.opt.vflag;
    auto args = [&]() { return parse_call_args(ctx, c, length); };
    size_t dp = kNil;
    switch (proc) {
    case kGetattr: case kSetattr: case kReadlink: case kFsstat: case kFsinfo: case kPathconf:
        if ((dp = args()) == kNil) return false;
        return parse_fh(ctx, c, dp, v3) != kNil;
    case kLookup: case kCreate: case kMkdir: case kRemove: case kRmdir:
        if ((dp = args()) == kNil) return false;
        return parse_fhn(ctx, c, dp, v3) != kNil;
    case kAccess: {
        if ((dp = args()) == kNil || (dp = parse_fh(ctx, c, dp, v3)) == kNil) return false;
        const uint32_t flags = c.be32(dp);
        if (!ctx.truncated) print_access(ctx, flags);
        return true;
    }
    case kRead: case kCommit: {
        if ((dp = args()) == kNil || (dp = parse_fh(ctx, c, dp, v3)) == kNil) return false;
        if (v3 || proc == kCommit) {
            const uint32_t count = c.be32(dp + 8);
            const uint64_t offset = c.be64(dp);
            if (!ctx.truncated) out.f(" {} bytes @ {}", count, offset);
        } else {
            const uint32_t count = c.be32(dp + 4), offset = c.be32(dp);
            if (!ctx.truncated) out.f(" {} bytes @ {}", count, offset);
        }
        return true;
    }
    case kWrite: {
        if ((dp = args()) == kNil || (dp = parse_fh(ctx, c, dp, v3)) == kNil) return false;
        if (v3) {
            const uint32_t n = c.be32(dp + 16), count = c.be32(dp + 8);
            const uint64_t offset = c.be64(dp);
            if (ctx.truncated) return true;
            out.f(" {} ({}) bytes @ {}", n, count, offset);
            if (vflag) {
                const uint32_t how = c.be32(dp + 12);
                if (ctx.truncated) return true;
                out.put(" <");
                if (const char* m = tok_lookup(kWriteModes, how)) ctx.out.put(m); else ctx.out.f("#{}", static_cast<int32_t>(how));
                out.put('>');
            }
        } else {
            const uint32_t a = c.be32(dp + 12), b = c.be32(dp + 8), o = c.be32(dp + 4), d = c.be32(dp);
            if (!ctx.truncated) out.f(" {} ({}) bytes @ {} ({})", a, b, o, d);
        }
        return true;
    }
    case kSymlink: {
        if ((dp = args()) == kNil || (dp = parse_fhn(ctx, c, dp, v3)) == kNil) return false;
        out.put(" ->");
        Sattr3 sa;
        if (v3 && (dp = parse_sattr3(ctx, c, dp, sa)) == kNil) return false;
        if (parse_fn(ctx, c, dp) == kNil) return false;
        if (v3 && vflag) print_sattr3(ctx, sa, vflag);
        return true;
    }
    case kMknod: {
        if ((dp = args()) == kNil || (dp = parse_fhn(ctx, c, dp, v3)) == kNil) return false;
        const uint32_t type = c.be32(dp);
        Sattr3 sa;
        if ((dp = parse_sattr3(ctx, c, dp + 4, sa)) == kNil) return false;
        out.put(' ');
        put_tok(ctx, kFileTypes, type, "unk-ft {}");
        if (vflag && (type == 4 || type == 3)) {
            const uint32_t a = c.be32(dp), b = c.be32(dp + 4);
            if (ctx.truncated) return true;
            out.f(" {}/{}", a, b);
        }
        if (vflag) print_sattr3(ctx, sa, vflag);
        return true;
    }
    case kRename:
        if ((dp = args()) == kNil || (dp = parse_fhn(ctx, c, dp, v3)) == kNil) return false;
        out.put(" ->");
        return parse_fhn(ctx, c, dp, v3) != kNil;
    case kLink:
        if ((dp = args()) == kNil || (dp = parse_fh(ctx, c, dp, v3)) == kNil) return false;
        out.put(" ->");
        return parse_fhn(ctx, c, dp, v3) != kNil;
    case kReaddir:
        if ((dp = args()) == kNil || (dp = parse_fh(ctx, c, dp, v3)) == kNil) return false;
        if (v3) {
            const uint32_t count = c.be32(dp + 16);
            const auto cookie = static_cast<int64_t>(c.be64(dp));
            if (ctx.truncated) return true;
            out.f(" {} bytes @ {}", count, cookie);
            if (vflag) {
                const uint32_t v0 = c.be32(dp + 8), v1 = c.be32(dp + 12);
                if (!ctx.truncated) out.f(" verf {:08x}{:08x}", v0, v1);
            }
        } else {
            const uint32_t count = c.be32(dp + 4), cookie = c.be32(dp);
            if (!ctx.truncated) out.f(" {} bytes @ {}", count, cookie);
        }
        return true;
    case kReaddirplus: {
        if ((dp = args()) == kNil || (dp = parse_fh(ctx, c, dp, v3)) == kNil) return false;
        const uint32_t count = c.be32(dp + 16);
        const auto cookie = static_cast<int64_t>(c.be64(dp));
        if (ctx.truncated) return true;
        out.f(" {} bytes @ {}", count, cookie);
        if (vflag) {
            const uint32_t mx = c.be32(dp + 20), v0 = c.be32(dp + 8), v1 = c.be32(dp + 12);
            if (!ctx.truncated) out.f(" max {} verf {:08x}{:08x}", mx, v0, v1);
        }
        return true;
    }
    default:
        return true;
    }
}

}  // namespace

void nfs_request_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    ctx.proto = "nfs";
    ctx.out.dec(length);
    if (!c.has(20, 4)) {
        ctx.print_trunc();
        return;
    }
    if (ip.version == 4 || ip.version == 6) xid_enter(ctx, c, ip);
    const uint32_t vers = c.be32(16);
    const uint32_t proc = map_proc(c.be32(20), vers);
    const bool v3 = vers == 3;
    put_proc(ctx, proc);
    if (!print_call_args(ctx, c, length, proc, v3)) ctx.print_trunc();
}

}  // namespace rd
