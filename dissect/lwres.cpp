// BIND 9 lightweight resolver protocol (lwres) on UDP 921, as tcpdump 4.99.3 prints it:
// opcode, request/response, the names, addresses and record data of the three lookups,
// header fields with -vv/-vvv, and checks of the length field.
#include "lwres.hpp"

#include "relts.hpp"

namespace rd {

namespace {

constexpr size_t kHeaderLen = 28;
constexpr uint16_t kFlagResponse = 0x0001;
enum : uint32_t { kNoop = 0, kGetAddrsByName = 0x00010001, kGetNameByAddr = 0x00010002, kGetRdataByName = 0x00010003 };
constexpr Tok kOpcodes[] = {{kNoop, "noop"},
                            {kGetAddrsByName, "getaddrsbyname"},
                            {kGetNameByAddr, "getnamebyaddr"},
                            {kGetRdataByName, "getrdatabyname"}};

// DNS type and class names as tcpdump's DNS printer has them.
constexpr Tok kDnsTypes[] = {
    {1, "A"},          {2, "NS"},        {3, "MD"},         {4, "MF"},       {5, "CNAME"},
    {6, "SOA"},        {7, "MB"},        {8, "MG"},         {9, "MR"},       {10, "NULL"},
    {11, "WKS"},       {12, "PTR"},      {13, "HINFO"},     {14, "MINFO"},   {15, "MX"},
    {16, "TXT"},       {17, "RP"},       {18, "AFSDB"},     {19, "X25"},     {20, "ISDN"},
    {21, "RT"},        {22, "NSAP"},     {23, "NSAP_PTR"},  {24, "SIG"},     {25, "KEY"},
    {26, "PX"},        {27, "GPOS"},     {28, "AAAA"},      {29, "LOC"},     {30, "NXT"},
    {31, "EID"},       {32, "NIMLOC"},   {33, "SRV"},       {34, "ATMA"},    {35, "NAPTR"},
    {36, "KX"},        {37, "CERT"},     {38, "A6"},        {39, "DNAME"},   {40, "SINK"},
    {41, "OPT"},       {42, "APL"},      {43, "DS"},        {44, "SSHFP"},   {45, "IPSECKEY"},
    {46, "RRSIG"},     {47, "NSEC"},     {48, "DNSKEY"},    {99, "SPF"},     {100, "UINFO"},
    {101, "UID"},      {102, "GID"},     {103, "UNSPEC"},   {104, "UNSPECA"}, {249, "TKEY"},
    {250, "TSIG"},     {251, "IXFR"},    {252, "AXFR"},     {253, "MAILB"},  {254, "MAILA"},
    {255, "ANY"},      {256, "URI"},
};
constexpr Tok kDnsClasses[] = {{1, "IN"}, {3, "CHAOS"}, {4, "HS"}, {255, "ANY"}};
constexpr uint16_t kClassIn = 1;

// Where a part of the message could not be shown: a read ran past the capture (the
// packet is marked truncated) or an address was too short for its family.
enum class Stop : uint8_t { None, Truncated, Invalid };

struct Msg {
    Ctx& ctx;
    const Cursor& c;
    size_t pos = 0;  // the next field
    Stop stop = Stop::None;

    bool ok() {
        if (stop == Stop::None && ctx.truncated) stop = Stop::Truncated;
        return stop == Stop::None;
    }
    // " name" of len bytes at pos and the byte after it, which should be a NUL.
    void name(uint32_t len) {
        ctx.out.put(' ');
        for (uint32_t i = 0; i < len && ok(); ++i) put_char_escaped(ctx.out, c.u8(pos + i));
        const uint8_t nul = c.u8(pos + len);
        if (!ok()) return;
        if (nul != 0) ctx.out.put(" (not NUL-terminated!)");
        pos += len + 1;
    }
    // A 16-bit length and the name after it.
    void counted_name() {
        const uint16_t len = c.be16(pos);
        if (!ok()) return;
        pos += 2;
        name(len);
    }
    // A 16-bit length and that many bytes in hex (as far as they are captured).
    void counted_hex() {
        const uint16_t len = c.be16(pos);
        for (uint16_t i = 0; i < len && ok(); ++i) ctx.out.hex(c.u8(pos + 2 + i), 2);
        if (!ok()) return;
        pos += 2u + len;
    }
    // An address: 32-bit family, 16-bit length, the address.
    void address() {
        const uint32_t family = c.be32(pos);
        const uint16_t len = c.be16(pos + 4);
        if (!ok() || !c.need(pos + 6, len)) {
            stop = Stop::Truncated;
            return;
        }
        const size_t a = pos + 6;
        OutBuf& out = ctx.out;
        if (family == 1 || family == 2) {
            const size_t alen = family == 1 ? 4 : 16;
            if (len < alen) {
                ctx.print_invalid();
                stop = Stop::Invalid;
                return;
            }
            out.put(' ');
            if (family == 1)
                put_ip4_at(ctx, c, a);
            else
                put_ip6_at(ctx, c, a);
            pos = a + alen;  // only the address itself, whatever the length says
            return;
        }
        out.f(" {}/", family);
        for (uint16_t i = 0; i < len; ++i) out.hex(c.u8(a + i), 2);
        pos = a + len;
    }
    void flags_vvv(size_t off) {
        if (ctx.opt.vflag > 2) ctx.out.f(" flags:0x{:x}", c.be32(off));
    }
    void type_and_class(size_t type_off, size_t class_off) {
        ctx.out.put(' ');
        put_tok(ctx, kDnsTypes, c.be16(type_off), "Type{}");
        const uint16_t cls = c.be16(class_off);
        if (cls != kClassIn) {
            ctx.out.put(' ');
            put_tok(ctx, kDnsClasses, cls, "Class{}");
        }
    }
};

// Requests; false when the opcode has no decoder.
bool request_print(Msg& m, uint32_t opcode) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    const size_t p = kHeaderLen;
    switch (opcode) {
    case kNoop: m.pos = p; return true;
    case kGetAddrsByName: {
        // flags(4) addrtypes(4) namelen(2) name
        if (!c.need(p, 10)) return true;
        m.flags_vvv(p);
        const uint32_t types = c.be32(p + 4);
        switch (types & 3) {
        case 1: ctx.out.put(" IPv4"); break;
        case 2: ctx.out.put(" IPv6"); break;
        case 3: ctx.out.put(" IPv4/6"); break;
        default: break;
        }
        if (types & ~3u) ctx.out.f("[0x{:x}]", types);
        m.pos = p + 10;
        m.name(c.be16(p + 8));
        return true;
    }
    case kGetNameByAddr:
        // flags(4) address
        if (!c.need(p, 4)) return true;
        m.flags_vvv(p);
        m.pos = p + 4;
        m.address();
        return true;
    case kGetRdataByName:
        // flags(4) class(2) type(2) namelen(2) name
        if (!c.need(p, 10)) return true;
        m.flags_vvv(p);
        m.type_and_class(p + 6, p + 4);
        m.pos = p + 10;
        m.name(c.be16(p + 8));
        return true;
    default: m.pos = p; return false;
    }
}

// Responses; false when the opcode has no decoder.
bool response_print(Msg& m, uint32_t opcode) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    const size_t p = kHeaderLen;
    switch (opcode) {
    case kNoop: m.pos = p; return true;
    case kGetAddrsByName: {
        // flags(4) naliases(2) naddrs(2) realnamelen(2) realname aliases addresses
        if (!c.need(p, 10)) return true;
        m.flags_vvv(p);
        const uint16_t naliases = c.be16(p + 4), naddrs = c.be16(p + 6);
        ctx.out.f(" {}/{}", naliases, naddrs);
        m.pos = p + 10;
        m.name(c.be16(p + 8));
        for (uint32_t i = 0; i < naliases && m.ok(); ++i) m.counted_name();
        for (uint32_t i = 0; i < naddrs && m.ok(); ++i) m.address();
        return true;
    }
    case kGetNameByAddr: {
        // flags(4) naliases(2) realnamelen(2) realname aliases
        if (!c.need(p, 8)) return true;
        m.flags_vvv(p);
        const uint16_t naliases = c.be16(p + 4);
        ctx.out.f(" {}", naliases);
        m.pos = p + 8;
        m.name(c.be16(p + 6));
        for (uint32_t i = 0; i < naliases && m.ok(); ++i) m.counted_name();
        return true;
    }
    case kGetRdataByName: {
        // flags(4) class(2) type(2) ttl(4) nrdatas(2) nsigs(2) realname rdatas sigs
        if (!c.need(p, 16)) return true;
        m.flags_vvv(p);
        m.type_and_class(p + 6, p + 4);
        ctx.out.put(" TTL ");
        put_relts(ctx, c.be32(p + 8));
        const uint16_t nrdatas = c.be16(p + 12), nsigs = c.be16(p + 14);
        ctx.out.f(" {}/{}", nrdatas, nsigs);
        m.pos = p + 16;
        m.counted_name();
        for (uint32_t i = 0; i < nrdatas && m.ok(); ++i) m.counted_hex();
        for (uint32_t i = 0; i < nsigs && m.ok(); ++i) m.counted_hex();
        return true;
    }
    default: m.pos = p; return false;
    }
}

}  // namespace

void lwres_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "lwres";
    if (!c.need(0, kHeaderLen)) return;
    out.put(" lwres");
    const uint32_t msg_len = c.be32(0);
    const uint16_t version = c.be16(4);
    if (ctx.opt.vflag || version != 0) out.f(" v{}", version);
    Msg m{ctx, c};
    bool decoded = true;
    if (version != 0) {
        m.pos = msg_len;  // nothing is decoded, so nothing is extra
    } else {
        const uint16_t flags = c.be16(6);
        const bool response = (flags & kFlagResponse) != 0;
        const uint32_t opcode = c.be32(12);
        out.put(' ');
        put_tok(ctx, kOpcodes, opcode, "#0x{:x}");
        if (!response) out.put('?');
        if (flags & ~kFlagResponse) out.f("[0x{:x}]", flags);
        if (ctx.opt.vflag > 1) {
            out.f(" (serial:0x{:x} result:0x{:x} recvlen:{}", c.be32(8), c.be32(16), c.be32(20));
            if (ctx.opt.vflag > 2) out.f(" authtype:0x{:x} authlen:{}", c.be16(24), c.be16(26));
            out.put(')');
        }
        decoded = response ? response_print(m, opcode) : request_print(m, opcode);
        if (!m.ok()) return;
    }
    if (msg_len != length) out.f(" [len: {} != {}]", msg_len, length);
    if (decoded && m.pos < msg_len) out.put("[extra]");
}

}  // namespace rd
