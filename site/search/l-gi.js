window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-gi"]=[["give","give",42],["given","given",8],["gives","give",42],["giving","give",42]];
