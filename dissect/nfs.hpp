// Private to dissect/: Sun RPC and NFS v2/v3 (nfs.cpp: calls and file handles,
// nfs_reply.cpp: replies). Included by the UDP and TCP dispatchers only.
#pragma once
#include <cstddef>
#include <cstdint>

#include "protos.hpp"

namespace rd {

// An NFS call (c = the RPC message, from the xid on); prints from the length on, after
// the caller's "NFS request xid N ".
void nfs_request_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
// An NFS reply, after the caller's "NFS reply xid N ".
void nfs_reply_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
// -T rpc over UDP: calls as generic Sun RPC, anything else as an NFS reply; both print
// the addresses with the xid in place of a port.
void rpc_forced_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);

namespace nfs {

constexpr size_t kNil = SIZE_MAX;  // a parse step failed (tcpdump's NULL pointer)

// NFSv3 procedure numbers (v2 numbers are mapped onto these).
enum Proc : uint32_t {
    kNull = 0, kGetattr = 1, kSetattr = 2, kLookup = 3, kAccess = 4, kReadlink = 5,
    kRead = 6, kWrite = 7, kCreate = 8, kMkdir = 9, kSymlink = 10, kMknod = 11,
    kRemove = 12, kRmdir = 13, kRename = 14, kLink = 15, kReaddir = 16,
    kReaddirplus = 17, kFsstat = 18, kFsinfo = 19, kPathconf = 20, kCommit = 21,
    kNoop = 25,
};
// The generic procedure for a call of program version vers.
uint32_t map_proc(uint32_t proc, uint32_t vers);
void put_proc(Ctx& ctx, uint32_t proc);
extern const Tok kFileTypes[7];

// A file handle at off (v3: length-prefixed, v2: 32 bytes). Returns the offset after
// it, kNil when it is not all captured.
size_t parse_fh(Ctx& ctx, const Cursor& c, size_t off, bool v3);
// A file name (XDR string) at off, quoted.
size_t parse_fn(Ctx& ctx, const Cursor& c, size_t off);
// NFS attributes at off.
size_t parse_fattr(Ctx& ctx, const Cursor& c, size_t off, int verbose, bool v3);

// The xid table that matches replies to calls.
void xid_enter(Ctx& ctx, const Cursor& c, const IpInfo& ip);
bool xid_find(Ctx& ctx, uint32_t xid, const IpInfo& ip, uint32_t& proc, uint32_t& vers);

}  // namespace nfs
}  // namespace rd
