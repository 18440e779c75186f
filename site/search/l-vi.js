window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-vi"]=[["vice","vice",11],["view","view",11],["views","view",11],["vision","vision",4]];
