"""Where a clause's opening phrase ends: its last comma, but not one inside a list of words.

The owner rules read a clause's head after any opening phrase ("During 1986, the company cut
..."), and the phrase ends at the clause's last comma. A comma inside a coordinated list of
lower-case words ("the company cut operating, administrative and marketing expenses by 91 mln
dlrs", "it sells wool, cotton or silk worth ...") closes no phrase, and cutting there lost the
subject before it ("the company"), so the figure went unowned. Such a comma is skipped when the
words before it (back to the previous comma) are no opening phrase of their own: at least two
words, the last lower-case, none opening on a preposition or a time or linking word ("In
addition, sales and profits rose", "Last year, costs and prices fell" still open with a phrase).
"""

from __future__ import annotations

import re

# After the comma: single lower-case words, commas between them, then "and"/"or" and one more
# word ("administrative and marketing", "b, c, or d"); bounded, so each comma is read once
_LIST_GOES_ON = r"\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*){0,5},?\s+(?:and|or)\s+[a-z]"
# Words that open a phrase of their own before a comma, whatever follows it
_OPENER = (
    r"(?:in|on|at|during|for|after|before|since|over|under|by|with|without|through|throughout|within|"
    r"from|until|despite|unlike|like|as|amid|among|following|according|compared|excluding|including|"
    r"last|this|next|earlier|later|also|meanwhile|however|but|and|so|yet|still|then|overall|all|taken|"
    r"separately|besides|moreover|furthermore|instead|now|today|yesterday|thus|up|once|when|while)\b"
)
_QUOTES = '[ \\t"\u201c\u2018(]*'
# The opening phrase: any comma-ended stretches, then a last one whose comma ends a phrase: no
# list follows it, or its last word is no lower-case word, or it is one word or opens on an opener
_BREAK = (
    r"[^,\n]*,(?!" + _LIST_GOES_ON + r")"
    r"|[^,\n]*(?<![^\s\"\u201c\u2018(])[^a-z\s,][^\s,]*,"
    r"|" + _QUOTES + r"(?i:" + _OPENER + r")[^,\n]*,"
    r"|" + _QUOTES + r"[^\s,]+,"
)
OPENING_PHRASE = re.compile(r"^(?:[^,\n]*,)*(?:" + _BREAK + r")\s*")
