"""A network's generation after a model's name is the name's ("the Zelvo Q7 5G", "Nova 8 Pro 5G").

Makers sell one model in a 4G and a 5G version and name the second so; the annotations keep the
tail in the product's name. The tail modifies the noun after it instead when one of these follows
("the Q7 5G network", "Q7 5G support", "a Nova 8 5G modem"), and is then no part of the name.
"""

from __future__ import annotations

# nouns a network's generation modifies: after them the tail is the network's, no model's
NETWORK_NOUNS = (
    r"(?:networks?|connectivity|support|modems?|chips?|chipsets?|versions?|variants?|bands?|speeds?|"
    r"coverage|services?|plans?|data|signals?|antennas?|capabilit(?:y|ies)|capable|compatible|ready|"
    r"rollout|roll-out|spectrum|masts?|handsets?|phones?|smartphones?|devices?|models?|sales|launch)"
)
