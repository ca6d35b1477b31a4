// One TCP conversation, frame by frame: handshake with the options Linux sends, messages
// cut into MSS-sized segments and acknowledged every second segment, then FIN/FIN/ACK
// (or a RST). Sequence numbers, acknowledgements and time stamp options stay consistent.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "bytes.hpp"
#include "headers.hpp"

namespace gencap {

struct TcpMessage {
    bool from_client = true;
    uint32_t length = 0;  // at least head.size()
    std::string head;     // first bytes of the message (e.g. an HTTP request line); rest filler
};

struct TcpFlowConfig {
    Path path;  // client to server
    uint16_t client_port = 0, server_port = 0;
    uint32_t client_isn = 0, server_isn = 0;
    uint16_t mss = 1460;
    uint8_t wscale = 7;
    bool sack = true;
    bool timestamps = true;
    uint32_t client_ts = 0, server_ts = 0;  // TSval clocks
    bool end_with_reset = false;
    uint8_t filler_seed = 0;
};

class TcpFlow {
public:
    TcpFlow(const TcpFlowConfig& cfg, std::vector<TcpMessage> messages);
    // The next frame into out; false once the conversation is over.
    bool next(Bytes& out);

private:
    enum class Step { Syn, SynAck, Ack, Data, Fin, FinAck, LastAck, Done };
    void emit(Bytes& out, bool from_client, uint8_t flags, uint32_t payload_len);
    void build_options(bool from_client, uint8_t flags);
    void build_payload(const TcpMessage& m, uint32_t offset, uint32_t len);

    TcpFlowConfig cfg_;
    Path reverse_;
    std::vector<TcpMessage> messages_;
    Step step_ = Step::Syn;
    uint32_t client_next_, server_next_;  // next sequence number each side sends
    size_t msg_ = 0;                      // message being sent
    uint32_t msg_off_ = 0;
    int unacked_ = 0;                     // data segments the receiver has not acknowledged
    bool unacked_from_client_ = false;
    uint16_t ip_id_client_, ip_id_server_;
    Bytes options_, payload_, l4_;
};

}  // namespace gencap
