#!/usr/bin/env python3
"""Developer tool: random LocalTalk (LLAP) frames; usage: ltalk_fuzz.py OUT.pcap SEED."""
import random, struct, sys
sys.path.insert(0,'/work/main/scripts/dev')
import atipx_fuzz as A
random.seed(int(sys.argv[2]))
with open(sys.argv[1],'wb') as f:
    f.write(struct.pack("<IHHiIII",0xA1B2C3D4,2,4,0,0,65535,114))
    for i in range(400):
        et, ddp = A.ddp()
        t=random.choice([1,2,2,3,0x4b])
        if t==1:
            body=ddp[:2]+ddp[10:13]+ddp[13:]
        else:
            body=ddp
        fr=bytes([random.randint(0,255),random.randint(0,255),t])+body
        cap=len(fr)
        if random.random()<0.25: cap=random.randint(0,len(fr))
        f.write(struct.pack('<IIII',1000+i,0,cap,len(fr))+fr[:cap])
