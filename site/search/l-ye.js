window.__sesrefSearch=window.__sesrefSearch||{};window.__sesrefSearch["l-ye"]=[["year","year",42],["yearly","yearli",7],["years","year",42],["yes","ye",6],["yet","yet",1]];
