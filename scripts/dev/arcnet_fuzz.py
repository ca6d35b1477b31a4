#!/usr/bin/env python3
"""Developer tool: random ARCnet frames (usage: arcnet_fuzz.py OUT.pcap LINKTYPE(7|129) SEED)."""
import random, struct, sys
random.seed(int(sys.argv[3])); lt=int(sys.argv[2])
def rnd(n): return bytes(random.getrandbits(8) for _ in range(n))
ip = bytes.fromhex("4500001c0001000040110000c0a80001c0a80002") + bytes.fromhex("0035003500080000")
ddp = struct.pack(">HH",20,0)+rnd(4)+bytes([1,2,4,4,3])+bytes([0x40,1])+rnd(6)
ipxp = struct.pack(">HHBB",0xffff,40,0,4)+rnd(10)+struct.pack(">H",0x453)+rnd(12)+struct.pack(">H",1)+rnd(8)
with open(sys.argv[1],'wb') as f:
    f.write(struct.pack("<IHHiIII",0xA1B2C3D4,2,4,0,0,65535,lt))
    for i in range(400):
        t=random.choice([240,241,212,0xc4,213,214,221,250,0x80,247,7])
        pay={240:ip,212:ip,221:ddp,250:ipxp}.get(t, rnd(random.randint(0,30)))
        if lt==7:
            flag=random.choice([0,0,1,2,3,0xff])
            hdr=bytes([random.randint(0,255),random.randint(0,255),t])
            if t not in (240,241,0x80):
                hdr+=bytes([flag])+rnd(2)
                if flag==0xff: hdr+=bytes([t,random.choice([0,1,2,5])])+rnd(2)
        else:
            hdr=bytes([random.randint(0,255),random.randint(0,255)])+rnd(2)+bytes([t])
            if t not in (240,241,0x80): hdr+=rnd(3)
        fr=hdr+pay; cap=len(fr)
        if random.random()<0.3: cap=random.randint(0,len(fr))
        f.write(struct.pack("<IIII",1000+i,0,cap,len(fr))+fr[:cap])
