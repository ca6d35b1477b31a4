// Link-type dispatch: which printer handles the frames of each LINKTYPE.
#include "arcnet.hpp"
#include "atalk.hpp"
#include "fr.hpp"
#include "atm.hpp"
#include "fddi.hpp"
#include "ieee802154.hpp"
#include "ieee80211.hpp"
#include "juniper.hpp"
#include "links_extra.hpp"
#include "nflog.hpp"
#include "pflog.hpp"
#include "ppp.hpp"
#include "ppi.hpp"
#include "usb.hpp"
#include "bt.hpp"
#include "link_wrap.hpp"
#include "protos.hpp"
#include "ringdump/format/linktype.hpp"

namespace rd {

namespace {
struct LinkEntry {
    uint32_t linktype;
    LinkPrinter printer;
};

constexpr LinkEntry kLinkPrinters[] = {
    {linktype::EN10MB, ether_if_print},
    {linktype::NULL_, null_if_print},
    {linktype::LOOP, loop_if_print},
    {linktype::RAW, raw_if_print},
    {12, raw_if_print},  // DLT_RAW's own value, as some files carry it
    {linktype::IPV4, ipv4_if_print},
    {linktype::IPV6, ipv6_if_print},
    {linktype::LINUX_SLL, sll_if_print},
    {linktype::LINUX_SLL2, sll2_if_print},
    {linktype::IPOIB, ipoib_if_print},
    {linktype::VSOCK, vsock_if_print},
    {linktype::IPNET, ipnet_if_print},
    {239, nflog_if_print},             // NFLOG
    {117, pflog_if_print},             // PFLOG
    {10, fddi_if_print},               // FDDI
    {6, token_if_print},               // IEEE802 (Token Ring)
    {122, ipfc_if_print},              // IP_OVER_FC
    {138, ap1394_if_print},            // APPLE_IP_OVER_IEEE1394
    {99, symantec_if_print},           // SYMANTEC_FIREWALL
    {281, brcm_tag_if_print},          // DSA_TAG_BRCM
    {282, brcm_tag_prepend_if_print},  // DSA_TAG_BRCM_PREPEND
    {284, dsa_if_print},               // DSA_TAG_DSA
    {285, edsa_if_print},              // DSA_TAG_EDSA
    {104, chdlc_if_print},             // C_HDLC
    {9, ppp_if_print},                 // PPP
    {8, sl_if_print},                  // SLIP
    {107, fr_if_print},                // FRELAY
    {182, mfr_if_print},               // MFR (FRF.16)
    {50, ppp_hdlc_if_print},           // PPP_HDLC
    {7, arcnet_if_print},              // ARCNET_BSD
    {129, arcnet_linux_if_print},      // ARCNET_LINUX
    {114, ltalk_if_print},             // LTALK (LocalTalk)
    {195, ieee802_15_4_if_print},      // IEEE802_15_4_WITHFCS
    {230, ieee802_15_4_if_print},      // IEEE802_15_4_NOFCS
    {283, ieee802_15_4_tap_if_print},  // IEEE802_15_4_TAP
    {100, atm_if_print},               // ATM_RFC1483
    {123, sunatm_if_print},            // SUNATM
    {11, atm_if_print},                // DLT_ATM_RFC1483's own value
    {106, cip_if_print},               // ATM_CLIP
    {19, cip_if_print},                // DLT_ATM_CLIP (Linux)
    {105, ieee802_11_if_print},        // IEEE802_11
    {119, prism_if_print},             // PRISM_HEADER
    {127, ieee802_11_radio_if_print},  // IEEE802_11_RADIO (radiotap)
    {163, ieee802_11_radio_avs_if_print},  // IEEE802_11_RADIO_AVS
    {130, juniper_mlppp_if_print},     // JUNIPER_MLPPP
    {131, juniper_mlfr_if_print},      // JUNIPER_MLFR
    {132, juniper_es_if_print},        // JUNIPER_ES
    {133, juniper_ggsn_if_print},      // JUNIPER_GGSN
    {134, juniper_mfr_if_print},       // JUNIPER_MFR
    {135, juniper_atm2_if_print},      // JUNIPER_ATM2
    {136, juniper_services_if_print},  // JUNIPER_SERVICES
    {137, juniper_atm1_if_print},      // JUNIPER_ATM1
    {164, juniper_monitor_if_print},   // JUNIPER_MONITOR
    {167, juniper_pppoe_if_print},     // JUNIPER_PPPOE
    {168, juniper_pppoe_atm_if_print}, // JUNIPER_PPPOE_ATM
    {178, juniper_ether_if_print},     // JUNIPER_ETHER
    {179, juniper_ppp_if_print},       // JUNIPER_PPP
    {180, juniper_frelay_if_print},    // JUNIPER_FRELAY
    {181, juniper_chdlc_if_print},     // JUNIPER_CHDLC
    {189, usb_linux_48_byte_if_print}, // USB_LINUX
    {220, usb_linux_64_byte_if_print}, // USB_LINUX_MMAPPED
    {192, ppi_if_print},               // PPI
    {201, bt_if_print},                // BLUETOOTH_HCI_H4_WITH_PHDR
    {51, pppoe_if_print},              // PPP_ETHER
    {240, netanalyzer_if_print},       // NETANALYZER
    {241, netanalyzer_transparent_if_print},  // NETANALYZER_TRANSPARENT
    {112, chdlc_if_print},             // DLT 112 (tcpdump prints it as Cisco HDLC)
    {166, ppp_if_print},               // PPP_PPPD
    {109, enc_if_print},               // ENC (OpenBSD IPsec)
    {258, pktap_if_print},             // PKTAP
    {149, pktap_if_print},             // DLT 149: PKTAP as Darwin numbers it
    {102, sl_bsdos_if_print},          // SLIP_BSDOS
    {15, sl_bsdos_if_print},           // DLT_SLIP_BSDOS's own value
    {103, ppp_bsdos_if_print},         // PPP_BSDOS
    {16, ppp_bsdos_if_print},          // DLT_PPP_BSDOS's own value
};
}  // namespace

LinkPrinter find_link_printer(uint32_t lt) {
    for (const auto& e : kLinkPrinters)
        if (e.linktype == lt) return e.printer;
    return nullptr;
}

}  // namespace rd
