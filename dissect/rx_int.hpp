// Private to the RX printer files: the RX header layout, an argument reader for AFS
// calls and replies, and the per-service printers.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd::rx {

constexpr uint32_t kHeaderLen = 28;
constexpr uint8_t kTypeData = 1, kTypeAck = 2, kTypeAbort = 4;
constexpr uint8_t kFlagClientInitiated = 1;

// Reads the arguments of an AFS call or reply in order. Plain reads past the capture
// truncate the packet (it then ends with " [|rx]"); the checked ones (fid, str, ...)
// return false instead so the service printer can print its own marker (" [|fs]") and
// let the RX line finish.
class Args {
public:
    Args(Ctx& ctx, const Cursor& c, size_t off) : ctx_(ctx), c_(c), pos_(off) {}

    bool ok() const { return !ctx_.truncated; }
    Ctx& ctx() { return ctx_; }
    OutBuf& out() { return ctx_.out; }

    uint32_t u32() {
        const uint32_t v = c_.be32(pos_);
        pos_ += 4;
        return v;
    }
    int32_t s32() { return static_cast<int32_t>(u32()); }
    void skip(size_t n) { pos_ += n; }
    // n bytes from here are captured (tcpdump's ND_TTEST); no truncation when not.
    bool has(size_t n) const { return c_.has(pos_, n); }

    // " label" (when given) then the value.
    void put_int(const char* label = nullptr);
    void put_uint(const char* label = nullptr);
    void put_uint64(const char* label = nullptr);
    void put_date(const char* label = nullptr);  // " YYYY/MM/DD HH:MM:SS", local time

    // The checked ones: false when the data is not all captured.
    bool fid();                // " fid volume/vnode/unique"
    bool str(uint32_t max);    // " \"name\"" (XDR string of at most max bytes)
    bool store_status();       // AFSStoreStatus
    bool ubik_version();       // " epoch.counter"
    bool afsuuid();            // " 0123456789abcdef..." (11 words)
    bool vec(uint32_t max);    // " \"name\"" stored one character a word
    bool dest_server();        // " server a:b:c"
    // A counted list of fids, "," between them, " <none!>" when empty.
    bool fid_list();
    // An XDR opaque ACL (count, then text), shown as +{user rights} -{...}.
    bool acl();

private:
    Ctx& ctx_;
    Cursor c_;
    size_t pos_;
};

// Service printers: c starts at the RX header; length is the RX packet length.
void fs_print(Ctx& ctx, const Cursor& c, uint32_t length);
void fs_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);
void cb_print(Ctx& ctx, const Cursor& c, uint32_t length);
void cb_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);
void prot_print(Ctx& ctx, const Cursor& c, uint32_t length);
void prot_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);
void vldb_print(Ctx& ctx, const Cursor& c, uint32_t length);
void vldb_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);
void kauth_print(Ctx& ctx, const Cursor& c, uint32_t length);
void kauth_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);
void vol_print(Ctx& ctx, const Cursor& c, uint32_t length);
void vol_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);
void bos_print(Ctx& ctx, const Cursor& c, uint32_t length);
void bos_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);
// Ubik (the replicated database protocol) shares the database servers' ports.
bool is_ubik(uint32_t opcode);
void ubik_print(Ctx& ctx, const Cursor& c);
void ubik_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode);

}  // namespace rd::rx
