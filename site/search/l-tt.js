window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-tt"]=[["tty","tty",2]];
