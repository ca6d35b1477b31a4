#include "tcp_flow.hpp"

#include <algorithm>
#include <string_view>

namespace gencap {

TcpFlow::TcpFlow(const TcpFlowConfig& cfg, std::vector<TcpMessage> messages)
    : cfg_(cfg), reverse_(cfg.path.reversed()), messages_(std::move(messages)),
      client_next_(cfg.client_isn), server_next_(cfg.server_isn),
      ip_id_client_(static_cast<uint16_t>(cfg.client_isn >> 7)),
      ip_id_server_(static_cast<uint16_t>(cfg.server_isn >> 9)) {
    for (TcpMessage& m : messages_) m.length = std::max(m.length, static_cast<uint32_t>(m.head.size()));
}

bool TcpFlow::next(Bytes& out) {
    using namespace tcpflag;
    switch (step_) {
    case Step::Syn:
        emit(out, true, SYN, 0);
        step_ = Step::SynAck;
        return true;
    case Step::SynAck:
        emit(out, false, SYN | ACK, 0);
        step_ = Step::Ack;
        return true;
    case Step::Ack:
        emit(out, true, ACK, 0);
        step_ = Step::Data;
        return true;
    case Step::Data:
        // The receiver acknowledges every second segment and the end of each message.
        if (unacked_ > 0 && (unacked_ >= 2 || msg_off_ == 0)) {
            emit(out, !unacked_from_client_, ACK, 0);
            unacked_ = 0;
            return true;
        }
        if (msg_ < messages_.size()) {
            const TcpMessage& m = messages_[msg_];
            uint32_t len = std::min<uint32_t>(cfg_.mss - (cfg_.timestamps ? 12 : 0), m.length - msg_off_);
            build_payload(m, msg_off_, len);
            msg_off_ += len;
            bool last = msg_off_ >= m.length;
            emit(out, m.from_client, last ? (PSH | ACK) : ACK, len);
            unacked_from_client_ = m.from_client;
            ++unacked_;
            if (last) {
                ++msg_;
                msg_off_ = 0;
            }
            return true;
        }
        if (cfg_.end_with_reset) {
            emit(out, true, RST | ACK, 0);
            step_ = Step::Done;
            return true;
        }
        step_ = Step::Fin;
        [[fallthrough]];
    case Step::Fin:
        emit(out, true, FIN | ACK, 0);
        step_ = Step::FinAck;
        return true;
    case Step::FinAck:
        emit(out, false, FIN | ACK, 0);
        step_ = Step::LastAck;
        return true;
    case Step::LastAck:
        emit(out, true, ACK, 0);
        step_ = Step::Done;
        return true;
    case Step::Done: break;
    }
    return false;
}

void TcpFlow::emit(Bytes& out, bool from_client, uint8_t flags, uint32_t payload_len) {
    uint32_t& seq = from_client ? client_next_ : server_next_;
    uint32_t ack = (flags & tcpflag::ACK) ? (from_client ? server_next_ : client_next_) : 0;
    build_options(from_client, flags);
    // Linux: 64240 in SYNs, then the scaled window.
    uint16_t window = (flags & tcpflag::SYN) ? 64240 : static_cast<uint16_t>(from_client ? 502 : 509);
    if (flags & tcpflag::RST) window = 0;
    tcp_segment(l4_, from_client ? cfg_.client_port : cfg_.server_port,
                from_client ? cfg_.server_port : cfg_.client_port, seq, ack, flags, window,
                options_.span(), {payload_.data(), payload_len});
    IpOptions ipo;
    ipo.id = from_client ? ip_id_client_++ : ip_id_server_++;
    ipo.ttl = from_client ? 64 : 57;
    ip_frame(out, from_client ? cfg_.path : reverse_, Proto::Tcp, l4_.span(), ipo);
    seq += payload_len + ((flags & (tcpflag::SYN | tcpflag::FIN)) ? 1 : 0);
    if (cfg_.timestamps) (from_client ? cfg_.client_ts : cfg_.server_ts) += 3;
}

void TcpFlow::build_options(bool from_client, uint8_t flags) {
    options_.clear();
    uint32_t tsval = from_client ? cfg_.client_ts : cfg_.server_ts;
    uint32_t tsecr = (flags & tcpflag::ACK) ? (from_client ? cfg_.server_ts : cfg_.client_ts) : 0;
    if (flags & tcpflag::RST) return;
    if (flags & tcpflag::SYN) {
        // The layouts Linux uses, padded to a multiple of 4 with NOPs.
        options_.u8(2);  // MSS
        options_.u8(4);
        options_.u16(cfg_.mss);
        if (cfg_.timestamps) {
            if (cfg_.sack) {
                options_.u8(4);  // SACK permitted
                options_.u8(2);
            } else {
                options_.u16(0x0101);
            }
            options_.u8(8);
            options_.u8(10);
            options_.u32(tsval);
            options_.u32(tsecr);
        } else if (cfg_.sack) {
            options_.u16(0x0101);
            options_.u8(4);
            options_.u8(2);
        }
        options_.u8(1);  // NOP
        options_.u8(3);  // window scale
        options_.u8(3);
        options_.u8(cfg_.wscale);
        return;
    }
    if (cfg_.timestamps) {
        options_.u16(0x0101);
        options_.u8(8);
        options_.u8(10);
        options_.u32(tsval);
        options_.u32(tsecr);
    }
}

void TcpFlow::build_payload(const TcpMessage& m, uint32_t offset, uint32_t len) {
    // Filler is the alphabet over and over, shifted by the flow's seed.
    static const std::string filler = [] {
        std::string s;
        for (int i = 0; i < 80; ++i) s += "abcdefghijklmnopqrstuvwxyz";
        return s;
    }();
    payload_.clear();
    if (offset < m.head.size()) {
        uint32_t n = std::min<uint32_t>(len, static_cast<uint32_t>(m.head.size()) - offset);
        payload_.put(std::string_view(m.head).substr(offset, n));
        offset += n;
        len -= n;
    }
    while (len > 0) {
        uint32_t n = std::min<uint32_t>(len, 2000);
        payload_.put(std::string_view(filler).substr((offset + cfg_.filler_seed) % 26, n));
        offset += n;
        len -= n;
    }
}

}  // namespace gencap
