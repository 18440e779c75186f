window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ai"]=[["aim","aim",15],["aimed","aim",15],["aims","aim",15]];
