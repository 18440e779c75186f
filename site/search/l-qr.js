window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-qr"]=[["qrb","qrb",32],["qrbs","qrb",32]];
