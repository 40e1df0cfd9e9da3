"""Page furniture: the cleaner's line rules and the tests on single lines they use (words, body
paragraphs, navigation, bylines, labels, a dateline city alone on its line)."""

from __future__ import annotations

import re
from functools import lru_cache

from kurils import outlets, patterns
from kurils.text import ABBREVIATIONS

__all__ = [
    "BULLETED_HANDLE",
    "CITY_CLOCK",
    "COMMENTER_SAYS",
    "INSTITUTION",
    "LIKE_BUTTON",
    "LINE_RULES",
    "MARKUP_LINE",
    "MAX_FURNITURE_WORDS",
    "OPENING_CREDIT",
    "READER_HANDLE",
    "REPUBLISHED",
    "URL_LINE",
    "city_line",
    "closes_on_abbreviation",
    "ends_a_sentence",
    "glued_sign_off",
    "glued_source_and_author",
    "is_archive_citation",
    "is_body",
    "is_city_name",
    "is_data_row",
    "is_headline_ticker",
    "is_icon_sprite",
    "is_keyword_list",
    "is_label",
    "is_navigation",
    "line_key",
    "line_rule",
    "n_words",
    "words",
]

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_LAST_MARKS = frozenset(".!?…:;\"”'’»)]")  # a stop, a bracket or a quotation mark
_CLOSING_QUOTES = "\"”'’»"
_BEFORE_A_CLOSING_QUOTE = (".", "!", "?", "…", ",", ":", ";", ")", "]")


_MEDIA_TAGS = ("(VIDEO)", "(VIDEOS)", "(PHOTO)", "(PHOTOS)", "(AUDIO)")
# A wire's tag on a story it has updated, closing its title: "(Update 1)", "(UPDATE 2)", "(Updated)"
_UPDATE_TAG = re.compile(r"\s\((?i:update(?:d|\s\d{1,2})?)\)$")
# A link's number closing a line, as a page printed with its links listed below marks them: "RIA
# Novosti [1]", "Full article here [1]"
_LINK_MARK = re.compile(r"\s+\[\d{1,3}\]$")


def ends_a_sentence(line: str) -> bool:
    """Whether `line` ends like a sentence: in a stop, a colon, a semicolon or a closing
    bracket, or in a closing quotation mark after one of those or a comma ('… accept it,"');
    not after a word ("Putin's warning to Japan over disputed islands - 'NO DEAL'" is a
    title), nor in two stops after a space ("… salary incre ..": a teaser cut short); a tag of
    what a link brings closing it ("(VIDEO)"), or of a wire's update ("(Update 1)"), decides
    nothing."""
    line = line.removesuffix("\n")
    if line[-1:] not in _LAST_MARKS:  # the last character decides most lines
        return False
    if line.endswith(" .."):
        return False
    if line.endswith(_MEDIA_TAGS):  # what a link brings: "… outside Japanese embassy (VIDEO)"
        return ends_a_sentence(line[: line.rindex("(")].rstrip())
    if line[-1] == ")" and (tag := _UPDATE_TAG.search(line)):  # "… Administration (Update 1)"
        return ends_a_sentence(line[: tag.start()])
    if line[-1] == "]" and (mark := _LINK_MARK.search(line)):  # "Full article here [1]"
        return ends_a_sentence(line[: mark.start()])
    unquoted = line.rstrip(_CLOSING_QUOTES)
    return len(unquoted) == len(line) or unquoted[-1:] in _BEFORE_A_CLOSING_QUOTE


# Words that make up site navigation, share bars and UI prompts, and nothing else.
_NAV_WORDS = frozenset(
    """home news all latest search topics topic subjects tags tag use filter currency converter menu
    share tweet print email e-mail tell-a-friend socialtwist facebook twitter x telegram vk whatsapp
    linkedin reddit ok open logo hub community
    subscribe login log in sign up signup register more show load read see comments comment add rate
    it this article partner other media related popular most video videos photo photos gallery
    world politics economy business sport sports society science culture opinion analysis
    multimedia top stories story feed previous next back to page main content skip copy link
    listen audio live blog blogs contact about us privacy policy terms cookies cookie settings
    accept advertisement advertising sponsored newsletter newsletters follow rss app download
    weather markets on the our your and of for a editor's picks recommended trending coverage get
    access short url also continues below scroll history send google tumblr vkontakte weibo wechat
    pinterest flipboard messenger liked viewed text size font less copied post posts episode
    episodes original translation edition intl version printer-friendly day fragment dictionary
    """.split()
)
_CROSS_LINK = re.compile(
    r"^(?:read (?:more|also|next)|also read|see also|related(?: articles?| stories| news)?|"
    r"read more about (?:this|the) topic|"  # a mirror's: "Read more about this topic: Kurils"
    r"more(?: on this| news)?|recommended|watch|listen|editor'?s picks?|you may also like|"
    r"continue reading|further reading|more (?:from|on) [\w.-]+|tags|topics|keywords|filed under)"
    r"\s*[:|»›>–—-]\s*\S|"
    r"(?:related subjects|keywords|tags|topics)\s+[A-Z#][^.!?]*$|"  # "Keywords Japan, Russia"
    # a teaser cut short, its link glued on: "… along the east co…READ MORE"
    r"\w(?:…|\.\.\.)\s*read more$|"
    # a site's pointer to its own story, its domain for a label: "Also on rt.com 7.2-magnitude
    # earthquake rocks Russia's Far East, sparks tsunami alert"
    r"^also on (?:[\w-]+\.)+[a-z]{2,6}\s+[A-Z0-9\"“‘'][^.!?]*$|"
    # another story's title in a site's list, its section glued on, then its day and time: "Some
    # 60 aggressive bears shot in Russia's Kamchatka last yearSociety & Culture January 25, 7:05"
    rf"(?-i:[a-z][A-Z][a-z]+(?: & [A-Z][a-z]+)?)\s+(?:{patterns.MONTH}\.?\s+\d{{1,2}},?\s+)?"
    r"\d{1,2}:\d\d$|"
    # a blog's pointer to another story, its source named: "Also see this from the Japanese
    # press: Rahm Emanuel blasts Russian envoy …"
    r"^(?:also see|see also)\b[\w ,'’-]{0,40}:\s*[A-Z\"“‘'][^.!?]*$|"
    # a linked title under a label in capitals, no stop: "READ  Australia threatens World …"
    r"^(?-i:READ)\s+(?=.*(?-i:[a-z]))[A-Z\"“‘'][^.!\n]{5,150}[^.!\s]$|"
    # an editor's pointer to a linked story: "Editor: See related story here."
    r"^(?:editor(?:[’']s note)?\s*:\s*)?(?:see|read) (?:the |a )?related (?:story|stories|article|"
    r"articles) here\.?$|"
    # the story's source, its link gone: "Read more in the BLiTZ article."
    r"read (?:more|the full story|the full article) (?:in|at|on) (?:the )?(?-i:[A-Z])"
    r"[\w.&'’ -]{1,40} (?:article|report|story|piece)\.?$|"
    # an aggregator's link to the copy it took: "Read original source.", "Read the original
    # article"
    r"^read (?:the )?original(?: source| article| story| post| report)?(?: here)?\.?$|"
    # a list of other stories under its heading and count: "Similar Readings (5 items)"
    r"^(?:similar|related|more|other|recommended) (?:readings?|articles?|stories|news|posts|"
    r"videos)(?: \(\d{1,3}(?: items?)?\))?$|"
    # a ministry's box of links, what it links to in brackets: "Related Information (Policy
    # Speech by Foreign Minister Nakasone to the 171st Session of the Diet)"
    r"^related (?:information|links?)\s*\([^()]{3,150}\)$",
    re.IGNORECASE,
)
# A blog's pointer to its podcast's feed, closing the line: "… PODCASTS now on iTunes, subscribe
# free"
_FEED = re.compile(r",? subscribe (?:for )?free\.?$", re.IGNORECASE)
# A video's length under its title: "2 min. 30 sec. VXtreme video"
MEDIA_LENGTH = re.compile(
    r"\d{1,3} min\.?(?: \d{1,2} sec\.?)?(?: [\w-]+)? (?:video|audio|clip)$", re.IGNORECASE
)
_PROMPT = re.compile(
    r"^(?:share (?:this|on|via|with)|subscribe\b|sign up\b|follow (?:us|@)|join (?:us|our)\b|"
    # a site's pitch for its own coverage: "Stay up-to-date with the latest on the war, with our
    # exclusive international coverage."
    r"stay up[- ]to[- ]date with\b.{0,80}\bour (?:exclusive )?(?:[\w-]+ ){0,2}coverage\.?$|"
    # a closed live blog's pointer to the next: "This blog file is now closed. For the latest
    # developments, head over here."
    r"this (?:live )?(?:blog|page|feed|thread)(?: file)? (?:is|has been) (?:now )?closed\b|"
    r"for (?:all|more of) our (?:[\w-]+ )?coverage,? (?:visit|see|go to|head to)\b|"
    # a blog's pointer to its feed: "UPDATES ON TWITTER: arudoudebito"
    r"updates on (?:twitter|x|facebook|telegram|instagram)\b|"
    # an empty forum's appeal: "Be the first to start a discussion here.", "Be the first to
    # comment"
    r"be the first to (?:start a discussion|comment|review|post|reply|share)\b.{0,20}$|"
    # a list's empty state: "Nothing was collected or created yet."
    r"nothing (?:was|has been|is) (?:collected|created|posted|added|found|saved)"
    r"(?: or (?:collected|created|posted|added|found|saved))? yet\.?$|"
    # a comment box's question: "What are you thinking?", "What do you think about this?"
    r"what (?:are|do) you think(?:ing)?(?: (?:about|of) (?:this|it))?\?$|"
    r".*\b(?:free shipping|(?:is|are) back in stock)\b|"  # a shop's advertisement
    r"click to (?:follow|subscribe|share)\b|connect with us$|your support helps us\b|"
    # a form's own words: "Please enter a valid URL.", "By submitting your comment you agree to
    # … Terms"
    r"please enter (?:a |an |your )?(?:valid )?(?:title|url|e-?mail(?: address)?|name|"
    r"password|comment|search term|date)\.?$|"
    r"by submitting (?:your|a|this) (?:comment|form|post)\b.{0,40}\byou agree\b|"
    # a newsletter's appeal: "Dear Reader, if you find this email interesting, … please do
    # consider forwarding it to your friends … and encouraging them to subscribe."
    r"dear readers?,? if you (?:find|enjoy|like|value)\b.*\b(?:subscribe|forward\w*)\b|"
    # a comment section's rules: "Dear readers! Please observe community rules and respect …"
    r".*\bplease (?:observe|follow|respect) (?:our |the )?community (?:rules|guidelines)\b|"
    # a picture's link: "Click to see full-size image", "Click here to enlarge"
    r"click (?:here )?to (?:see|view|open|enlarge)(?: (?:the )?(?:full[- ]size|larger|full)"
    r" (?:image|picture|photo|version))?\.?$|"
    # a site's appeal: "Support The Moscow Times!", "Now is the time to support independent
    # reporting from Russia!", "Contribute Today"
    r"support (?-i:[A-Z])[\w.&'’ -]{1,40}!$|"
    r"(?:now is the time to )?support independent (?:reporting|journalism)\b|"
    r"(?:contribute|donate) (?:today|now)\b|remind me later\.?$|"  # the appeal's button
    # a video channel's: "Please keep discussions on this channel clean and respectful …", "Check
    # out our website:"
    r"please keep (?:the )?(?:discussions?|comments?)\b.{0,40}\b(?:clean|civil|respectful)\b|"
    r"check out our (?:website|site|channel|page)\b|"
    # a link to the page's picture or its document: "Download the image above.(PDF:4.4MB)"
    r"download (?:the|this) (?:image|picture|map|file|document|leaflet)\b.{0,30}"
    r"\((?:pdf|jpe?g|png|docx?)\b[^()]{0,20}\)$|"
    # a comment form's fields: "Please enter your comment!", "Please enter your name here"
    r"please enter your (?:comment|name|e-?mail(?: address)?|website)(?: here)?!?$|"
    r"you are replying to:?\W*$|"  # "You are replying to: ." (whose comment, left empty)
    r"stay up to date with notifications from\b|"  # "… from The Independent"
    # a link to the page in another language: "Read our exclusive Interview in Russian"
    r"read (?:our |the |this )?(?:\w+ )?(?:interview|article|story|text|version|original) in "
    r"(?:russian|japanese|english|chinese|french|german|spanish)\.?$|"
    # a blog that moved, and its banner: "La Russophobe has moved!", "You should be
    # automatically redirected in 6 seconds. If not, visit and update your bookmarks.", "Take
    # action now to save Darfur"
    r"[\w' -]{1,40} has moved!$|(?:this|our) (?:blog|site|website|page) has moved\b|"
    r"you (?:should|will) be (?:automatically )?redirected\b|"
    r".*\bprotected by recaptcha\b|"  # "… and the Google Privacy Policy … apply."
    r"take action (?:now|today) to (?:save|help|stop|support)\b|"
    r"(?:article|story) (?:excerpt|preview)$|"  # a library's label over the start of a piece
    # a call for readers' stories: "Stories about how you tried to get help …, email it to"
    r".*\b(?:email|send) (?:it|them|us) (?:to|at)(?:\s+\S+@\S+)?\.?$|"
    # a page's notice to readers without scripts: "Sorry, but your browser needs Javascript to use
    # this site.", "… please refer to this site: http://www.enable-javascript.com/"
    r"(?:sorry, )?(?:but )?your browser (?:needs|requires) javascript\b|"
    r".*\benable-javascript\.com\b|"
    # an archive's notices: "We’re sorry, this feature is currently unavailable. …", "This was
    # published 19 years ago"
    r"we[’']re sorry, this feature is (?:currently )?unavailable\b|"
    r"this (?:article |story )?was published (?:\d+|one|two|three) (?:years?|months?) ago\.?$|"
    # a comment form's: "Your e-mail (optional)", "Website (optional)", "Name (required)", "You
    # have commented 361 times on …", "Sorry. Comments have been closed on this article."
    r"(?:your )?(?:name|e-?mail(?: address)?|website|url|comment|message)\s*"
    r"\((?:optional|required|will not be published|not published)\)\s*\*?$|"
    r"you have commented \d[\d,]* times?\b|"
    r".{0,60}\bcomments (?:have been |are )?closed"
    r"(?: (?:on|for) this (?:article|story|post|entry))?\.?$|"
    # a widget's error notice, line by line or whole: "Oops!" / "Something went wrong." /
    # "Please try again later."
    r"(?:[•·]\s*)?(?:oops!?|something went wrong[.!]?|(?:please )?try again(?: later)?[.!]?|"
    r"an error (?:has )?occurred[.!]?)"
    r"(?:\s+(?:something went wrong|(?:please )?try again(?: later)?)[.!]?)*$|"
    # a rating widget's: "No votes yet.", "Please wait..."
    r"no (?:votes|ratings) yet[.!]?$|please wait\s*(?:\.\.\.|…)?$|"
    # a podcast site's: "sign in to monocle", "new to monocle?", "Subscriptions start from £120."
    r"sign in to [\w.]+$|new to [\w .]{1,30}\?$|"
    r"subscriptions? (?:start|starts|from|cost)\b[^.]{0,30}[£$€¥]\s?\d[\d.,]*\.?$|"
    # a theme's widget under "Follow us": "Don't be shy, get in touch. We love meeting …"
    r"don[’']?t be shy,? (?:get|keep) in touch\b|"
    # a machine summary's notice: "This is AI generated summarization, which may have errors. For
    # context, always refer to the full article.", "This summary was generated by AI."
    r"this is (?:an )?ai[- ]generated summar(?:y|ization)\b|"
    r"(?:this )?summary (?:was |is )?(?:generated|written|produced) (?:by|with|using) "
    r"(?:ai|artificial intelligence)\b|"
    # a paywall's offer: "Free trial", "30-days free access, then $2.90", "per month.", "$19.90
    # per year, save $14.90 compared to monthly billing." (not "$40 a month is what …")
    r"(?:\d{1,3}[- ]days?,? free (?:trial|access)|free trial)\b(?:[^.!?]|\.\d){0,40}$|"
    r"per (?:month|year)\.?$|[£$€¥]\s?\d[\d.,]*\s*(?:/|per|a)\s*(?:month|year|week|mo|yr)\b"
    r"(?:[,.]?\s*(?:save|billed|cancel|then|after)\b.{0,60})?\.?$|"
    # "Stay up to date with the latest news!" (over "Subscribe to our Telegram channel")
    r"stay up to date with (?:the|all the|our) latest (?:news|stories|updates)[.!]?$|"
    # a section's blurb: "The latest news … from Russia. Stay tuned for updates and breaking …"
    r"(?:[^.!?]*[.!?]\s+)?stay tuned for (?:updates|more|the latest)\b|"
    r"let[’']s connect\b|connect with (?:me|us) on\b|"  # "Let's connect!!", over the social links
    # an aggregator's question box: "Ask about this article", "Answer for your question of the
    # article will be displayed here ..."
    r"ask about this (?:article|story)\b|answer (?:for|to) your question\b|"
    # a newsletter's sign-up: "Stay on top of the news with our Editor’s Picks newsletter.",
    # "Thanks for signing up!"
    r".*\bwith our [\w'’ ]{0,30}newsletters?\b|thanks? (?:you )?for (?:signing up|subscribing)\b|"
    # a series' note, perhaps linking its other part: "This is the second in a two-part series.
    # You can read part one here", "Read Part 1 here."
    r"(?:this is )?the (?:first|second|third|fourth|final|last) (?:part |installment |article )?"
    r"(?:in|of) (?:a|our|the) (?:two|three|four|five|\d)-part series(?:\.?$|\.\s+(?=.*here\.?$))|"
    r"(?:you can )?(?:read|find|see) part (?:one|two|three|1|2|3|i|ii) (?:here|of (?:this|the) "
    r"series)\.?$|"
    # a series' standing blurb: "Stratfor's graphic of the day features a standout … map, …"
    r"(?:[\w.&'’-]+(?: [\w.&'’-]+){0,3}['’]s )?(?:graphic|chart|map|photo|picture|image|video|"
    r"infographic|cartoon)s? of the (?:day|week) (?:features|brings|shows|highlights|offers)\b|"
    # a site's boast under its name: "The best maritime site on the web. The sea's our scene!"
    r"the (?:best|leading|premier|largest|number one|#1) (?:[\w'’-]+ ){0,3}(?:web)?(?:site|portal)"
    r" (?:on the (?:web|internet|net)|online)\b|"
    r"rights (?:&|and) permissions\b|"  # a journal's link: "Rights & Permissions [Opens in …]"
    # a repository's cover page: "Follow this and additional works at: https://…"
    r"follow this and additional works at\b|"
    # a paywall's sign-in prompt: "Already have an account?", "Don't have an account? Sign up"
    r"(?:already|don[’']t|do not) have an account\b[^.!]{0,30}[?.]?$|"
    r"already an? (?:subscriber|member)\?|"
    r"(?:to (?:find out|learn|read) more,? )?click here|a message from .{2,40}:$|"
    # "Loading version...", "Loading content, please wait...", "Please wait..."
    r"(?:loading(?:\s+[a-z]+){0,2}(?:,?\s+please wait)?|please wait)\s*(?:\.{2,}|…)?$|"
    r"read (?:it |this |more )?on (?:the|our) (?:website|site|app)$|"
    r".*\bhas been (?:declared|designated|labell?ed) an? [\"“]?undesirable\b|"
    r"download (?:our|the) (?:[\w.&'’-]+ ){0,4}app\b|get (?:our|the) (?:newsletter|app)|"
    # a document page's links: "Download file", "Watch on Youtube"; a video's, with its title:
    # "Watch on YouTube: "…"", over the player: "STORY CONTINUES BELOW THESE SALTWIRE VIDEOS"
    r"download (?:the )?(?:file|pdf|document|text|attachment)s?$|watch (?:it )?on youtube(?::.*)?$|"
    rf"{MEDIA_LENGTH.pattern}|"  # a video's length under its title
    r"(?:the )?(?:story|article) continues (?:below|after|under) (?:this|these|the)"
    r"(?: [\w.&'’-]+){0,3} (?:videos?|ads?|advert(?:isement)?s?)$|"
    # an aggregator's summary button: "No time to read?" / "Get a summary"
    r"no time to read\?$|get (?:a|the) summary$|"
    r"citation preview$|"  # a download page's, over a book's first pages
    r"\(?catch all the (?:latest )?\w+ news\b|"  # "(Catch all the Business News, … on The …)"
    # reproduction terms: "When citing and using any materials …, hyperlinks … are mandatory."
    r"when (?:citing|using|quoting)\b.{0,60}\bmaterials\b.*\b(?:hyperlinks?|links?|references?)\b|"
    r"enjoying this (?:article|story)|.*\bclick here (?:to|for)\b|"
    r"\(?read (?:the|this) [\w ]{0,40}\bat this link|"
    r"\(?read (?:the|this) [\w ]{0,40}\bin (?:japanese|russian|english)\.?\)?$|"
    r"read (?:it )?in (?:other languages|japanese|russian|english)$|"
    r"(?:english|japanese|russian|chinese|korean) (?:version|edition|original)$|"
    r"(?:if you (?:find|found|notice|see|want to report)|to report) an? (?:error|mistake|typo)|"
    r"please (?:select|highlight)|(?:all )?rights reserved|we use cookies|feedback\s*:|"
    r".*\b(?:sign up|register) to receive\b|why you can trust\b|.*\bnewsletters?\b.*\bsign up\b|"
    r"(?:adjust )?font size\s*:?$|find this (?:article|story) at\s*:?$|"
    # a paywall's pitch: "Try unlimited access", "Only $1 for 4 weeks", "Then $75 per month. …",
    # "To read the full story, subscribe now.", "To Read Full Story Login Below."
    r"try (?:unlimited|full|premium) access\b|"
    # "Gift 5 articles to anyone you choose each month when you subscribe.", "Already a subscriber?"
    r"gift \d+ (?:articles|stories)\b|already an? (?:subscriber|member)\?$|"
    # a newsletter's pitch: "Don't miss out on what's happening!", "Stay in touch with top news,
    # as it happens, conveniently in your email inbox. It's FREE!"
    r"don'?t miss out on what'?s happening\b|.*\bconveniently in your (?:e-?mail )?inbox\b|"
    # "Want seafood news sent to your inbox?", "You may unsubscribe from our mailing list at any
    # time."
    r"(?:want|get) (?:[\w-]+ ){0,3}(?:news|updates|stories) (?:sent|delivered) (?:straight )?to "
    r"your (?:e-?mail )?inbox\b|you (?:may|can) unsubscribe\b|"
    r"you'?ve read\s+(?:\d+\s+)?of\s+(?:\d+\s+)?free articles\b|"  # "… this month. Subscribe …"
    r"(?:only|then|just) [$£€¥]\s?\d[\d.,]*\s+(?:for|per|a)\b|"
    r"to (?:read|continue reading) (?:the )?(?:full|rest of the) (?:story|article)\b|"
    r"(?:looking|want) to read the full (?:story|article)\?|(?:gain|get|enjoy) unlimited access\b|"
    r"(?:do you |did you )?(?:like|enjoy)(?: the content of)? this (?:story|article)\?|"
    r"join\b.*\b(?:channel|newsletter|community)\b|.*\bdelivered to (?:you|your inbox)\b|"
    r"by subscribing\b|only registered users can\b|please use the sharing tools\b|"
    r"(?:to )?unsubscribe\b|"
    r"if you (?:liked|enjoyed|value)\b.*\bsupport\b|support (?:us|independent journalism)$|"
    r".*\bconsider supporting\b|"
    r".*\bjournalism is more (?:crucial|important|vital|needed) than ever\b|"
    r"continue reading(?: the main story| below)?$|"
    # a document's kind: "(Outline)", "(Summary of Results)"
    r"[\[(](?:outline|summary|overview|excerpts?)(?: of (?:the )?(?:results|talks|meeting))?[\])]$|"
    r"[\[(]?(?:provisional|tentative|unofficial|informal) translation"
    r"(?: from (?:the )?\w+)?[\])]?$|"
    # "This is a provisional translation by an external company for reference purpose only."
    r"this is an? (?:provisional|tentative|unofficial|informal) translation\b|"
    # a speech's text: "Check against delivery", "(As prepared for delivery)"
    r"[\[(*]*(?:(?:please )?check against (?:delivery|the spoken word)|"
    r"(?:as )?(?:prepared|written) for delivery)[\])*.!]*$|"
    r"this (?:site|website) uses cookies|view (?:all|more)(?: \w+)?$|"
    r"we will use your e-?mail(?: address)? only\b|.*\bsee our privacy (?:notice|policy) for\b|"
    r"more (?:[\w&'’]+ ){0,4}(?:headlines|stories)\W*$|"  # "More Nation & World headlines..."
    # "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!"
    r".*\bbecome (?:our|a) (?:patron|supporter|member)\b|"
    r".*\bget (?:the latest )?news updates from\b|"  # "Track Latest News Live on NDTV.com and …"
    r".*\bcan (?:also )?be accessed at the following\b|"  # a blocked site's mirrors
    r"share or comment on this\b|you can share this (?:story|article)\b|contact us at\b|"
    r"(?:do you )?think your friends would be interested\?|"  # "… Share this story!"
    # a sponsor's note under the story: "About Sponsored Content This content was commissioned
    # by Nikkei's Global Business Bureau."
    r"(?:about sponsored content\s+)?this content (?:was|is|has been) (?:commissioned|paid for|"
    r"produced|sponsored) by\b|"
    # an open-access aggregator's banner over the paper it serves: "View metadata, citation and
    # similar papers at core.ac.uk" / "brought to you by CORE"
    r"view metadata, citation and similar papers at core\.ac\.uk\b|brought to you by core\b|"
    r"(?:log ?in|sign in) to (?:leave a |post a )?comment|"
    r"use your \w+ account to (?:log ?in|sign in)|"
    r"republish (?:this|our) (?:article|story|stories|articles)\b|we believe in the free flow of|"
    r"by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)|"
    # a portal's notes on its links: "Note: Pages will open in a new browser window", "External
    # sites are not endorsed by CNN Interactive.", "The BBC is not responsible for the content of
    # external internet sites", "Links to more Asia-Pacific stories are at the foot of the page."
    r"(?:note:\s*)?pages? will open in a new (?:browser )?window|"
    r"external (?:internet )?sites are not endorsed\b|"
    r".*\bnot responsible for the content of (?:external|other|linked|third[- ]party)\b|"
    r"links to more\b.*\bat the (?:foot|bottom) of the page|"
    r"terms under which this service is provided\b|read our privacy\b|questions or comments\?|"
    r"please direct (?:your |any )?(?:questions|comments|inquiries)\b|"
    # a newsletter's: "Thanks for reading Eurasia Notes! Subscribe for free …", "Type your email…"
    r"thanks for reading\b.*\bsubscribe\b|type your e-?mail\b|"
    r"follow\b.{0,40}\bon (?:twitter|facebook|x|linkedin|instagram|telegram)\b)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|\b(?:all|some) rights reserved\b|"
    r"^CC[ -]BY(?:[ -](?:NC|ND|SA))*(?: \d\.\d)?$|"  # a licence's name: "CC BY-ND 4.0"
    r"\bunder a creative commons licen[cs]e\b|"  # "This article is republished from … under a …"
    # a quote feed's terms: "Data is a real-time snapshot *Data is delayed at least 15 minutes."
    r"\b(?:data|quotes|prices) (?:is |are )?delayed (?:by )?(?:at least )?\d+ minutes\b|"
    r"^market data (?:is )?(?:provided|powered) by\b",
    re.IGNORECASE,
)
# An agency whose name a picture's credit gives, before its photographer's: "TASS/Sergei Bobylev"
_PHOTO_AGENCY = r"(?:ap|afp|epa|reuters|tass|kyodo|jiji|sputnik|ria novosti|getty images|anadolu)"
_PHOTO_CREDIT = re.compile(  # perhaps in brackets: "(photo credit: Associated Press)"
    r"^\(?(?:(?:©|\(c\)\s|copyright\b).*(?:photo|image|picture|getty|/)|"
    r"(?:photo(?:graph)?s?|photography|images?|pictures?|illustrations?|video)\s*"
    r"(?::|by\b|credit|courtesy|copyright|caption|source)|credit\s*:|"
    r"media\s*(?:credit|courtesy|copyright|caption|source)|"  # not "MEDIA: Japan …", a headline
    # a picture's agency and photographer, as the ABC prints them: "Reuters: Toru Hanai",
    # "(Supplied: Clayton Hunter)"
    r"\(?(?:reuters|ap|afp|epa|kyodo|getty images|abc news|supplied)\s*:\s*"
    r"(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2})\)?$|"
    # a photographer's credit, "Source: AFP/Alexander Nemenov" (not the story's: "Source: AFP",
    # "Source: AFP/zl", an editor's initials)
    r"source\s*:\s*(?:getty|(?:reuters|ap|afp|tass|ria|sputnik|epa|kyodo|jiji)\s*/\s*(?-i:[A-Z]))|"
    rf"\[?{_PHOTO_AGENCY}(?: photo| images)?\s*/\s*\S|(?:photo|image|picture)s?\s*/\s*\S|"
    r".*\((?:[^()]{0,40}\s)?photo(?:graph)?s?\)$|"
    r"(?:photo|image|picture)\s+from\s+[^.!?]{3,60}$|"  # "Photo from personal archive"
    # an agency after the word, no colon, perhaps its photographer: "Photo ITAR-TASS/ Vladimir
    # Sergeev", "Photo EPA"
    rf"(?:photo|image|picture)s?\s+(?:itar-)?(?:{_PHOTO_AGENCY}|xinhua)(?:\s*/\s*\S[^.!?]{{0,40}})?$|"
    # a picture's lender: "Courtesy our friends at Surf Siberia", "Courtesy of the Kremlin",
    # "Courtesy of the Defense Ministry/Jiji Press"; not a visit's: "Courtesy Call from …"
    r"courtesy(?! (?:call|visit)s?\b)(?: of)?\s*:?\s+(?:the\s+|our friends at\s+)?"
    r"(?-i:[A-Z])[\w.&'’/ -]{1,60}$|"
    r"[\w.'’ -]{2,40}/\s?(?:ap|afp|epa|reuters|kyodo|jiji|tass|sputnik|pool|bloomberg|xinhua|"
    r"getty images)(?: via getty images)?$|"  # "ALEXANDER ZEMLIANICHENKO/AP"
    # "Kyodo News via AP", "U.S. Pacific Fleet via Flickr"
    r"[\w.'’ -]{2,40}\s+via\s+(?:ap|afp|reuters|getty images|flickr|wikimedia commons|unsplash)$|"
    # a photographer's name and the photo site or the licence the picture is lent under: "Jane
    # Roe / Flickr (CC BY 2.0)", "Ivan Petrov / Wikimedia Commons", "Kremlin.ru (CC BY-SA 4.0)"
    r"[\w.'’ -]{2,40}(?:/\s*(?:flickr|wikimedia commons|unsplash|pixabay|shutterstock)"
    r"(?:\s*\(CC[ -]?BY[\w .-]{0,12}\))?|\((?-i:CC[ -]?BY|CC0|Public Domain)[\w .-]{0,12}\))$|"
    # a credit after its holder's name: "Yomiuri Shimbun file photo", "Russian Navy pic"
    r"(?-i:(?:[A-Z][\w.&'’-]*\s){1,4})(?:file\s)?(?:photo|pic|picture|image)s?$|"
    # "Washington Post photo by Michelle Ye Hee Lee."
    r"(?-i:(?:[A-Z][\w.&'’-]*\s){1,4})(?:photo|picture|image)s?\s+by\s+"
    r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\.?$|"
    # a graphic's credit in capitals, its source perhaps on the next line: "MURAT YÜKSELIR / THE
    # GLOBE AND MAIL, SOURCE:", "SOURCE: NATURAL EARTH DATA"
    r"(?-i:[^\Wa-z\d_][^\Wa-z_]*(?: [^\Wa-z\d_][^\Wa-z_]*){1,3}\s*/\s*[A-Z][A-Z.&'’ -]{2,40}"
    r"(?:,\s*SOURCES?:.*|,)?|SOURCES?:\s*[A-Z][A-Z\d.&'’,/ -]{2,60})$)",
    re.IGNORECASE,
)
# A photographer's credit opening a caption glued to it: "© RIA Novosti / Ekaterina Chesnokova …"
OPENING_CREDIT = re.compile(r"©\s*[A-Z][\w.&' -]{1,30}/\s*(?![Aa]ll\b)[A-Z][a-z]")
# The fields of a news-database export (Factiva, LexisNexis, ProQuest): "Section: NATIONAL; Pg.
# 1", "Length: 612 words", "458 words", "Load-Date: …", "Word count: 312", "End of Document";
# and of an e-mail's header ("From: Japan Digest <digest@example.org>", "Subject: …"), and of a
# university repository's cover sheet, no colons ("Author(s) Hasegawa, Tsuyoshi", "Issue Date
# 1992", "Doc URL http://hdl.handle.net/…", "File Information KJ00000033994.pdf"), and of a
# person's profile ("Date of Birth 31 January 1946"), and of a journal's header ("2006 Volume
# 146", "UDC 001.83 (100): 639.2/.3").
_EXPORT_FIELD = re.compile(
    r"^(?:(?:section|length|load-date|language|publication-type|document-type|journal-code|"
    r"from|to|cc|sent|reply-to|"
    r"graphic|highlight|word count|edition|pg|source type|isbn|issn|proquest document id|"
    r"document url|subject|company|people|location|dateline|publication)\s*:\s*\S.*|"
    r"author\(s\)\s+[A-Z].*|issue date\s+\d{4}\b.*|doc url\s+https?://\S+|"
    # a repository's record of a document: "Publisher Radio Free Europe/Radio Liberty"
    r"publisher\s+(?-i:[A-Z])[^.!?]*[^.!?\s]|"
    r"file information\s+\S+\.pdf|"
    # a profile's date or place of birth: "Date of Birth 31 January 1946", "Place of Birth Ashoro"
    rf"date of (?:birth|death)\s*:?\s+(?-i:{patterns.WRITTEN_DATE})|"
    r"place of (?:birth|death)\s*:?\s+(?-i:[A-Z][\w'’-]*(?:,? [A-Z][\w'’-]*){0,3})|"
    r"\d[\d,]*\s+words|"
    # a journal's volume and year, and a paper's classification code: "2006 Volume 146",
    # "Vol. 12, No. 3, 2019", "UDC 001.83 (100): 639.2/.3", "JEL Codes: F51, F53"
    r"(?:(?:19|20)\d\d,?\s+)?vol(?:ume|\.)\s*\d{1,4}(?:,?\s*(?:issue|no\.|number)\s*\d{1,4})?"
    r"(?:,?\s*(?:19|20)\d\d)?|"
    r"(?:udc|jel(?: codes?)?|ddc|lcc|msc(?: 2010| 2020)?)\s*:?\s*[A-Z0-9][\w.():/, -]{0,60}|"
    # a citation's BibTeX fields: "title={The Southern Kurile Islands: …},", "author={D. George},"
    r"(?:title|author|journal|booktitle|year|volume|number|pages|publisher|doi|url)\s*=\s*\{.*\},?|"
    # a paper's DOI alone, its label glued on or not: "Doi:10.5901/mjss.2016.v7n1p301"
    r"doi\s*:?\s*10\.\d{4,9}/\S+|"
    r"end of document|full text|document [A-Z0-9]{20,})$",
    re.IGNORECASE,
)
_PAGE_COUNTER = re.compile(
    r"^(?:\d+\s+pages?\s+in\s+this\s+(?:article|story)|(?:page|photo|image|slide)\s+\d+\s*(?:of|/)\s*\d+|"
    r"\d+\s*(?:of|/)\s*\d+|[-–—]\s*\d{1,3}\s*[-–—]|comments?\s+\d[\d,]*|"
    r"\d[\d,.]*[KMB]?\s+(?:subscribers|followers|views|likes)|"  # a video page's counts
    r"\d[\d,.]*\s+pages?,\s+\d[\d,.]*\s+posts?|"  # a community hub's: "8 pages, 0 posts"
    r"\d[\d,.]*\s?km (?:to|from) (?-i:[A-Z][a-z]+)|"  # where the story is from: "2104km to Beijing"
    r"\d+[\s-]+min(?:ute)?s?(?:\s+(?:to\s+)?(?:read|listen|watch))?|\d{1,2}:\d\d\s*min|"
    r"(?:estimated )?reading time:?\s*\d+\s*min\w*|"
    r"\d+\s+comments?(?:\s*\|\s*\d+\s+shares?)?|"
    r"(?:comments?|комментари[иейя]|обсудить)\s*(?:\(\d+\)|\[\d+\])|"  # "Обсудить (0)": Discuss
    r"(?:listen|watch|play)\s*[·•|:-]?\s*\d{1,2}:\d\d|"  # "Listen · 3:42", an audio player
    r"\(?(?:votes|views|rating)\s*:\s*\d[\d.,\s]*\)?|"
    r"\((?:no|\d[\d,]*) votes?\)|"  # a rating widget's count: "(no votes)", "(0 votes)"
    r"page:\s*\d{1,5}|"  # a record's page in print: "Page: 4123" (a parliament's)
    # a download page's counts, file size and book details: "130 60 4MB", "English Pages 296
    # [292] Year 2008"
    r"(?:\d+\s+){1,3}\d+(?:\.\d+)?\s?[KMG]B|"
    r"(?:english|russian|japanese|chinese) pages \d+(?: \[\d+\])?(?: year \d{4})?|"
    # a PDF's page number glued before a front-matter heading: "ii Abstract", "iv Contents"
    r"(?:[ivx]{1,5}|\d{1,3})\s+(?:abstract|acknowledge?ments|contents|table of contents|preface|"
    r"dedication|foreword|list of (?:figures|tables|abbreviations|maps))|"
    r"\(?visited \d[\d,]* times?(?:, \d[\d,]* visits? today)?\)?|"  # a blog's view counter
    r"(?:this (?:story|article|page) has been )?viewed \d[\d,]* times|"  # a page's view count
    # a print issue: "Russian Gazeta, Federal issue No. 7155 (286)"
    r"(?:[\w .,\"'’-]{0,40}\s)?(?:federal |weekly |daily )?issue\s+no\.?\s*\d+(?:\s*\(\d+\))?|"
    r"[•·]\s*\d{1,3}\s?(?:s|m|min|h|hr|d|w|mo|y|yr)|"  # the story's age on an aggregator: "• 2y"
    # "· 2 days ago", "time4 days ago" (a clock icon's alt text glued on), "World13 hours ago"
    # (the section's name glued on), "in Deep Dives4 months ago" (a forum's community)
    r"(?:[•·]\s*)?(?:updated|published|posted|time|world|asia|europe|politics|business|"
    r"opinion|sport|sports|news|(?-i:in (?:[A-Z][a-z&'’-]* ?){1,3}))?\s*"
    r"(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+)?"
    r"(?:ago|just now)|\d+(?:\s+\d+){0,3})\.?$",  # "0 21": views and comments
    re.IGNORECASE,
)
# Where a paper appeared: the journal, its volume or issue, year and pages, perhaps its DOI ("The
# Annual Review of Migration Studies, (18), 2012, pp.101-119.", "Russian Japanology Review, 2020,
# 2, pp. 52-67 DOI: 10.24411/…")
_JOURNAL_PAGES = re.compile(
    r"^[A-Z][\w .&:'’-]{3,100},(?:\s*\(?\d{1,4}\)?,)*\s*(?:19|20)\d\d(?:,\s*\(?\d{1,4}\)?)*,"
    r"\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?\.?(?:\s+DOI:\s*\S+)?$"
)
_ISBN = re.compile(r"\bISBN(?:-1[03])?:?\s*[\dX-]{10,17}\b(?![^.!?]*[.!?]\s+[A-Z])")
_CREDITS = re.compile(
    r"^\(?(?:reporting|report|writing|editing|additional reporting|compiled|text|story|words|"
    r"translated|"
    r"(?:english|japanese|russian) (?:original|version|translation)) by\b.*\)?$|"
    r"\bcontributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\.?\)?$|"
    # a site's note on its source, the site by its address: "Example.az reports citing Russian
    # media."
    r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4} reports?,? citing [\w .'’-]{2,40}\.?$|"
    r"^(?:some )?information (?:for|in) this (?:report|story|article) came from\b|"
    r"^\[(?:translated|translation) from [\w ]{2,30}\]$|"
    # a reposted translation's note: "Direct Translation via Google Translate. Edited."
    r"^(?:direct |machine |automatic )?translat(?:ion|ed) (?:via|by|with|using) "
    r"(?:google(?: translate)?|deepl|yandex|bing)\b[^.]{0,20}\.?(?:\s+edited\.?)?$|"
    # "(Translated from the March 23 editorial)"
    r"^\((?:translated|translation) from (?:the )?[\w ,.]{2,40}\)$|"
    r"^\((?:adds|updates|recasts|corrects|changes|rewrites|fixes|refiles)\b[^()]*\)$|"
    r"^(?:material|information) from .{1,60} (?:was|were) used in this (?:report|story|article)|"
    r"^-*\s*with assistance (?:from|by)\b|"  # "--With assistance from Emi Nobuhiro."
    r"^(?:source|sources)\s*:\s*(?:agencies|news agencies|wires|wire services|agency reports)\.?$|"
    # how a repository asks a document to be cited: "Cite as Radio Free Europe/Radio Liberty,
    # Russia releases …, 1 September 2015, available at: https://www.refworld.org/… [accessed …]"
    r"^cite (?:as|this)\b.{0,200}\bavailable (?:at|from)\s*:?\s*https?://|"
    r"^\((?:agencies|news agencies|wires|wire services)\)$|"  # under China Daily's title
    # an outlet kurils does not know, by its name alone: "Source: Kvedomosti"
    r"^(?:source|sources)\s*:\s*(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})$|"
    # the story's sources, no sentence: "Source: the president's evening speech on 7 October;
    # Presidential Decree No. 692/2022" (Ukrainska Pravda's)
    r"^(?:source|sources)\s*:\s*(?:[^.!?]|\bno\.\s|\.\d)+;(?:[^.!?]|\bno\.\s|\.\d)+$|"
    # a thesis's cover: "A thesis presented to the University of … in (partial) fulfillment of the
    # (thesis) requirement(s) for the degree of …"
    r"^an? (?:thesis|dissertation)\b.{0,120}\b(?:presented|submitted)\b.{0,120}\bfulfil+ment\b|"
    # where a book's chapter comes from: "This is a preprint excerpt from Asian Territorial and
    # Maritime Disputes: A Critical Introduction. You can download the book free of charge …"
    r"^this is an? (?:preprint |edited |abridged |shortened )?(?:excerpt|extract|chapter) from\b|"
    # Bloomberg's: "To contact the reporters on this story: NAME in Vladivostok at …"
    r"^to contact the (?:reporters?|editors?|authors?)\b[^:]{0,40}\bthis story\s*:|"
    # "(Originally written in Japanese. Banner photo: …)"
    r"^\(originally (?:published|written) in (?:japanese|russian|english)\b|"
    r"^\((?:web )?editors?\s*:[^()]*\)$|"  # "(Web editor: Xian Jiangnan, Liang Jun)"
    # a correction or an update note: "An earlier version of this article misstated …",
    # "UPDATE: This story has been updated to add …", "Editor's Note: This assessment was
    # updated to include …"
    r"^(?:correction:\s*|update:\s*|editor'?s note:\s*)?(?:an earlier version of this "
    r"(?:article|story)|this (?:article|story|assessment|analysis|report) (?:has been|was) "
    r"(?:updated|corrected|amended)\b)|"
    # "(This story has not been edited by Devdiscourse staff and is auto-generated from a
    # syndicated feed.)", "(Except for the headline, this story has not been edited by …)"
    r"^\(?(?:except for the headline, )?this (?:story|report|article) has not been edited by\b|"
    r"^recommended citation\b|"  # a repository's cover page: "Recommended Citation Carson, …"
    r"^based on (?:reporting|reports) (?:by|from)\b|"  # "Based on reporting by AP, dpa, and TASS"
    r"\b(?:auto-generated|published) from a syndicated (?:news )?feed\b|"
    # the print edition's note: "Published in Dawn, January 23rd, 2019", "A version of this
    # article appears in print on …"
    r"^published in (?:the )?(?-i:[A-Z])[\w.&' ]{1,39},\s"
    r"(?-i:[A-Z])[a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d\d\.?$|"
    r"^(?:a version of this (?:article|story) )?appear(?:s|ed) in print\b|"
    r"^(?:recommended |suggested )?citation\s*:|"
    r"^\(description of source:|"  # an OSC translation's note on its source
    r"^(?:to )?cite this (?:article|paper|page)\s*(?:as)?:",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    r"(?i:(?:staff|senior|special|contributing|foreign|chief)\s+)?"
    r"(?i:(?:writer|reporter|correspondent|editor|columnist|contributor)s?)"  # "… WRITERS"
)
_ROLE = rf"\s*[,/|]\s*(?:[A-Z][\w.'’-]*\s+)?{_ROLE_WORDS}"
# A person's names, perhaps with a particle between them: "Riyaz ul Khaliq", "Ursula von der Leyen"
_PARTICLE = r"(?:(?:ul|al|el|ud|bin|ibn|de|da|di|du|van|von|der|den|le|la|del|dos|das)\s+){1,2}"
_NAME = rf"[A-Z][\w.'’-]*(?:\s+(?:{_PARTICLE})?[A-Z][\w.'’-]*){{0,3}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s+with\s+(?:agencies|{_NAME}))?"
# A reporter's first and last names, and where they file from ("Kana Inagaki in Tokyo")
_PERSON = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2}"
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
_AGENCY = r"(?:AFP|AP|Reuters|Kyodo|Jiji|TASS|Sputnik|Interfax|Xinhua|Yonhap|dpa|EFE|ANSA)"
# The word that names a place of learning or research: "… University", "… Institute"
INSTITUTION = (
    r"(?:University|Institute|College|Academy|School|Faculty|Centre|Center|Foundation|Council)"
)
# An academic author's affiliation: "James D.J. Brown, Temple University"
_AFFILIATION = (
    rf",\s+(?:[A-Z][\w.'’&-]*\s+){{0,5}}{INSTITUTION}"
    r"(?:\s+(?:of|for|at|in)(?:\s+(?:the\s+)?[A-Z][\w.'’-]*){1,4})?"
)
# "By Linda Sieg", "By DAISUKE KIKUCHI/ Staff Writer", "RYO NAKAMURA, Nikkei staff writer",
# "Author: James Brown, Temple University Japan", "Kana Inagaki in Tokyo and Max Seddon in Riga",
# "By DAVID E. SANGER, Special to The New York Times"
_BYLINE = re.compile(
    # "By Charles Scanlon BBC regional correspondent", "Reported by: Jane Roe (Hokkaido University)"
    r"^(?:(?:By|BY|by|(?:Written|Reported|Posted) by):?\s+"
    rf"{_NAMES}(?:{_ROLE}|\s+(?:[a-z]+\s+)?{_ROLE_WORDS}|\s+in\s+{_NAME}|"
    rf",\s+(?i:special) to\s+{_NAME})?|"
    rf"\((?:By|BY|by)\s+{_NAMES}\)|"  # "(By Joseph Yeh)", closing a story
    # "Akihiro Iwashita (Professor, Hokkaido University)"
    rf"{_NAME}\s*\((?i:(?:associate |assistant |visiting )?professor|(?:senior |research )?"
    r"fellow|director|researcher|lecturer|analyst)\b[^()]{0,60}\)|"
    rf"{_NAMES}(?:{_ROLE}|{_AFFILIATION})|"
    # "By North Asia correspondent James Oaten", "By The Siberian Times reporter"
    rf"(?:By|BY|by)\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{_ROLE_WORDS}(?:\s+{_NAME})?|"
    rf"(?:Blog [Pp]ost|Commentary|Analysis|Op-[Ee]d|Opinion|Essay|Interview|Review) by\s+{_NAMES}|"
    rf"(?:(?:Speech|Address|Remarks) )?(?:[Dd]elivered|[Gg]iven) by\s+(?:the\s+)?{_NAMES}|"
    rf"(?:An |AN )?(?i:interview|conversation) with\s+{_NAMES}|"  # "An Interview with Yoko Hirose"
    r"(?:Interview|Compiled|Report) by\s+(?:[A-Z][\w.'’-]*\s+){1,3}staff|"  # "… Nippon.com staff"
    # the wires, perhaps where they wrote from: "By Agencies in Moscow and Tokyo"
    r"(?:By|BY|by)\s+(?i:(?:news )?agencies|wire services|staff and agencies)"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]*)*)?$|"
    # "• Compiled From Kyodo, Staff Reports", "… Staff Report"
    r"(?i:compiled from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?"
    r"(?:,\s*(?i:staff reports?))?$|"
    rf"{_PERSON}\s+in\s+{_PLACE}(?:\s*(?:,|and|&)\s*{_PERSON}\s+in\s+{_PLACE})+|"
    # a blog theme's line of the post's category and author, the name lost: "in BreakingNews by"
    r"(?:(?i:posted|filed)\s+)?in\s+[\w@&'’ -]{1,40}\s+by|"
    # a journal's label over the author's post: "Affiliation:"
    r"(?i:(?:author )?affiliations?):|"
    # a site's desk and its city: "Daijiworld Media Network - Moscow"
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Media|News)\s+(?:Network|Service|Desk|Bureau)"
    r"(?:\s*[-–—,]\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?|"
    # a blog theme's author box: "By admin", "Photo of author"
    r"(?i:by\s+(?:admin|administrator|webmaster|editor)|(?:photo|picture|image) of (?:the )?author|"
    r"author(?:'s)? (?:photo|avatar|image))|"
    rf"{_NAME}\s+(?i:thumbnail|avatar|headshot)|"  # the author's picture: "Lucy Towers thumbnail"
    # "John E. Woodruff,Tokyo Bureau of The Sun"
    rf"{_NAME},\s*(?:[A-Z][\w.'’-]*\s+){{1,3}}(?:[Bb]ureau|[Cc]orrespondent)\b[^|]{{0,40}}|"
    # "WRITER: AFP", "TEXT: DENIS FEDOSEEV" (a magazine's credit for the words)
    rf"(?:Authors?:?|(?i:writers?|text|words):)\s+{_NAMES}(?:{_AFFILIATION}|,\s*{_NAME})?|"
    rf"{_ROLE_WORDS}(?:,\s*(?:with\s+)?[A-Z][\w.'’ -]{{1,30}})?|"  # "Staff writer, with AFP"
    rf"[A-Z][A-Za-z]+\s+(?i:staff|special)\s+{_ROLE_WORDS}|"  # "TIMES STAFF WRITER"
    rf"{_NAME}\s+with\s+(?:agencies|{_AGENCY})|"  # "Le Monde with AFP"
    # the reporter's name and address: "JANE ROE jane.roe@news.com.au", or the author's
    # affiliation and an address a site hid: "Jane Roe Western University, [email protected]"
    rf"(?:(?:By|BY|by)\s+)?{_NAME},?\s+<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?|"
    rf"{_NAME}(?:\s+[A-Z][\w.&'’-]*){{0,6}},?\s+\[email(?:&#160;| )protected\]|"
    # a journal's poster after the alt text of the user's icon (Dreamwidth, LiveJournal):
    # "[personal profile] rfmcdonald", "[info]tokyo_notes", and the icon's own: "rfmcdonald:
    # (Default)"
    r"\[(?:personal|community|syndicated) profile\]\s*[\w.-]+|\[info\][\w.-]+|"
    r"[\w.-]+:\s\((?i:default)\)|"
    # a copy's credit, its source perhaps on the next line: "Special to" / "Radio Free Europe"
    rf"(?i:special to)(?:\s+{_NAME})?)"
    # its date lost after it: "Posted by Dylan Malyasov on"
    r"(?:\s+(?:on|at))?(?:\s*\([^()\n]{2,40}\))?$"
)
# "By James D.J. Brown, an associate professor of political science at Temple University."
# "Written by Claire Smith, Professor of Archaeology, … Flinders University"; a person's names,
# not an agency's ("Reported by Kyodo, the talks went on …")
_DESCRIBED_BYLINE = re.compile(
    rf"^(?:By|BY|(?:Written|Reported) by)\s+{_PERSON},\s+"
    r"(?:(?:an?|the)\s+|(?=[A-Z]))[^.!?]{5,160}\.?$"
)


# The wires and the paper's own staff credited together for a story: "Kyodo, Staff Report",
# "AFP-JIJI, Kyodo", "Bloomberg, Kyodo"
_CREDIT = rf"(?:(?:{_AGENCY}|Bloomberg)(?:-{_AGENCY})?|staff reports?)"
_CREDIT_LIST = re.compile(rf"{_CREDIT}(?:,\s*{_CREDIT})+", re.IGNORECASE)


# The author's name glued to the post: "Michael SmithNorth Asia correspondent"
# An author's name printed twice, glued, then the affiliation: "Naoki AmanoNaoki AmanoFaculty of
# Humanities and Social Sciences, Yamagata University, JAPAN" (a publisher's author card)
_DOUBLED_NAME = re.compile(
    rf"(?P<name>{_PERSON})(?P=name)(?=[A-Z])[^.!?]{{0,150}}"
    rf"\b(?:{INSTITUTION}|Department|Professor)\b[^.!?]{{0,150}}"
)
_GLUED_NAME_POST = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}[a-z](?=[A-Z])[\w'’-]+(?: [A-Z][\w'’-]*){0,3} "
    r"(?i:correspondent|editor|reporter|writer|columnist|bureau chief)"
)


# A republished piece's source and author labels glued to its first sentence: "Source: East Asia
# Forum Author: Dmitry Filippov, University of Sheffield Russo–Japanese ties gained …"
_GLUED_SOURCE_AUTHOR = re.compile(
    r"(?P<source>Source:\s*[A-Z][\w.&'’ -]{2,60}?)\s+"
    rf"(?P<author>Authors?:\s*{_PERSON}(?:{_AFFILIATION})?)\s+(?=[A-Z\"“])"
)


def glued_source_and_author(paragraph: str) -> tuple[str, str, int] | None:
    """The source's and the author's labels glued to the start of `paragraph` ("Source: East Asia
    Forum Author: Dmitry Filippov, University of Sheffield Russo–Japanese ties …"), and where
    the paragraph's own text starts; or None."""
    found = _GLUED_SOURCE_AUTHOR.match(paragraph)
    return None if found is None else (found["source"], found["author"], found.end())


def _is_byline(line: str) -> bool:
    """A byline of up to 12 words, or of up to 30 that describe the author after the name,
    perhaps after a bullet or a dash ("• By Dr. David Sacko & Capt Micah Winkley, USAF", "-
    Written by …") or before a table cell's bar ("By Charles Scanlon BBC regional correspondent
    |"), or the name glued to the post ("Michael SmithNorth Asia correspondent") or to itself
    ("Naoki AmanoNaoki AmanoFaculty of …"), or the wires and the paper's staff credited together
    ("Kyodo, Staff Report", "AFP-JIJI, Kyodo")."""
    line = line.lstrip("•·▪-–— ").removesuffix(" |")
    count = n_words(line)
    return (
        (count <= 12 and bool(_BYLINE.search(line)))
        or (count <= 30 and bool(_DESCRIBED_BYLINE.match(line)))
        or (count <= 8 and _GLUED_NAME_POST.fullmatch(line) is not None)
        or (count <= 30 and _DOUBLED_NAME.fullmatch(line) is not None)
        or (count <= 8 and _CREDIT_LIST.fullmatch(line) is not None)
    )


# A source's label and its name, known or not: "Source: ianslive"
_SOURCE_LABEL = re.compile(r"(?i:sour[cs]es?)\s*:\s*[\w][\w.&'’/ -]{1,40}")  # "Sourse:" too
# … its name in title case, however long: "Source: Voice of Russia's Morning Show"
_TITLED_NAME = re.compile(r"\w+\s*:(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|for|de|on))+")
# A line of hashtags alone: "#Gravitas #Japan #Russia"
_HASHTAGS = re.compile(r"#\w+(?:[ ,]+#\w+)+")
# A font-size picker: "12 Punto 14 Punto 16 Punto 18 Punto", "12 pt 14 pt 16 pt"
_SIZE_PICKER = re.compile(r"\d{1,2} ([A-Za-z]{1,8})(?: \d{1,2} \1){2,}")
# Words alone, no stop, comma or quote: a tag list's (`_doubled_tags`)
_WORDS_ALONE = re.compile(r"\w+(?: \w+)+")


def _doubled_tags(line: str) -> bool:
    """A tag list printed twice, words alone, its first four words again later: "Vladimir Putin
    Russia Japan law president society Vladimir Putin Russia Japan"."""
    if len(line) > 300 or not _WORDS_ALONE.fullmatch(line):
        return False
    tags = line.split(" ")
    return len(tags) >= 8 and f" {' '.join(tags[:4])} " in f" {' '.join(tags[4:])} "


# A place's postal address, its names between commas, closing on its postcode (Japanese,
# American, or five or six digits): "Nosappu, Nemuro City, Hokkaido 087-0165"
_POSTAL_ADDRESS = re.compile(
    r"(?:\d[\w-]* )?[A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}(?:, [A-Z][\w'’.-]*(?: [\w'’.-]+){0,3}){1,5},?"
    r" (?:\d{3}-\d{4}|[A-Z]{2} \d{5}(?:-\d{4})?|\d{5,6})"
)
# A site's address alone, in lower case: "tucsonpost.com" (an aggregator's source)
_BARE_DOMAIN = re.compile(r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|news|ru|jp)")
# A name glued to its address, as an author's box prints it: "UK Time Newshttps://www.…"
NAME_AND_ADDRESS = re.compile(r"(?P<name>[A-Z][\w.&'’ -]{1,40}?[a-z)])(?:https?://|www\.)\S+")
# A line that is only an address, perhaps labelled: "Source: https://tass.com/politics/1037839".
URL_LINE = re.compile(
    r"^(?:\[?(?:source|url|link|original|permalink|address|from|via|doi|"
    r"short link(?: to (?:the|this) (?:article|page|story))?)\]?\s*:?\s*)?<?"
    r"(?P<url>https?://[^\s<>]+|www\.[^\s<>]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/[^\s<>]*)>?$",
    re.IGNORECASE,
)
# The address of a picture, left where it stood: "https://news.rambler.ru/img/2020/07/02/….jpg",
# or its class name: "article-image"
_IMAGE_LINK = re.compile(
    r"^<?https?://\S+\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\?\S*)?>?$|"
    r"^!\[[^\]]{0,200}\]\(\S+\)$|"  # a picture in Markdown: "![](https://…/photo-1536.jpg?…)"
    # a wiki's file link: "File:Location of Yuzhno-Kurilsky District (Sakhalin Oblast).svg"
    r"^(?:File|Image):\S[^\n]{0,150}\.(?:jpe?g|png|gif|webp|svg|bmp|pdf|tiff?)$|"
    # a picture's placeholder, its class name left as its alt text: "article-image"
    r"^(?-i:(?:[a-z]+-){1,3}(?:image|img|thumbnail|thumb|photo|picture))$|"
    # pictures' alt texts, a ministry's: "photo(Foreign Minister Machimura and …) photo(…)"
    r"^(?:(?:photo|picture|image)\((?!\d)[^()\n]{1,150}\)\s*){1,6}$|"
    # … and a map's or a chart's, where it stood: "A map of the Kuril Islands"
    r"^(?:an? |the )?(?:map|graphic|chart|infographic)(?: of| showing)(?: [^\s.!?:;]+){1,10}$|"
    # a picture's file name in a non-Latin script, percent-encoded: "%e6%97%a5%e9%9c%b2…"
    r"^[\w.-]{0,40}(?:%[0-9a-f]{2}){6,}[\w%.-]*$",
    re.IGNORECASE,
)
# A picture's alt text and its file's name: "Putin dislikes the idea of … Islands. 63210.jpeg"
_ALT_TEXT_FILE = re.compile(r"[^\n]{0,200}\s[\w-]{1,40}\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)
# What is left of a picture's address in a copy: ":format(jpeg)/cloudfront-…/tgam/ZXX….jpg)"
_IMAGE_FRAGMENT = re.compile(r"\S*/\S+\.(?:jpe?g|png|gif|webp)\)?", re.IGNORECASE)
_PICTURE_ENDS = (".jpg", "jpeg", ".png", ".gif", "webp")


def _is_image_link(line: str) -> bool:
    """An image's address or what a copy left of it, a wiki's file link, or a picture's alt text
    and its file's name."""
    return bool(_IMAGE_LINK.match(line)) or (
        line.removesuffix(")")[-4:].lower() in _PICTURE_ENDS
        and (_IMAGE_FRAGMENT.fullmatch(line) or _ALT_TEXT_FILE.fullmatch(line)) is not None
    )


# Quotes of a market ticker ("113.62 JPY", "+0.03 +0.03%"), a document's number
# ("518-21-03-2022", not a date) and the marks that end a wire story or a release ("(END)", "###",
# "- END -", "-ends-", "ENDS", "(end of excerpt)") or open an e-mail's signature ("--").
_MARKET_DATA = re.compile(r"^[+\-−]?\d[\d.,]*%?(?:\s+(?:[+\-−]?\d[\d.,]*%?|[A-Z]{3}))*$")
_NUMBER = re.compile(r"[+\-−]?\d[\d.,:]*%?")


def is_data_row(line: str) -> bool:
    """A data table's row, its cells run together: eight numbers or more, two thirds of its
    tokens or more, and no stop closing it ("1994 10 4 13 22 55.8 4 1 RUSSIA S. KURIL ISLANDS
    43.773 147.321 10.40 113 2")."""
    if not line[:1].isdigit() or line.endswith("."):
        return False
    tokens = line.split()
    numbers = sum(bool(_NUMBER.fullmatch(token)) for token in tokens)
    return numbers >= 8 and 3 * numbers >= 2 * len(tokens)


_DOCUMENT_NUMBER = re.compile(
    r"^\d{2,}(?:-\d{2,}){2,}$|"
    # "News ID: 846", "Story Code : 901345"
    r"^(?i:article|document|story|news) (?i:id|no\.|number|code) ?:? ?[\w-]*\d[\w-]*$"
)
# An embedded post's attribution: "— MFA Russia (@mfa_russia) March 21, 2022" (its date is
# the post's, never the page's)
_POST_ATTRIBUTION = re.compile(
    r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)(?:\s+\S.{0,40})?$|"
    # … or its links and day alone, the author's name lost: "https://t.co/RB72NdRrMs
    # pic.twitter.com/Rm0LrzfDpp October 4, 2021"
    rf"^[^\w\s]{{0,4}}\s*https?://t\.co/\S+(?:\s*pic\.twitter\.com/\S+)?\s+{patterns.WRITTEN_DATE}$"
)
_BRACKETED_END = r"\((?i:end(?: of (?:excerpt|story|article|text|release))?)\)"  # "(END)"
_DASHED_END = r"-\s*(?i:ends?)\s*-"  # "- END -", "-ends-"
_END_MARK = re.compile(
    rf"^(?:{_BRACKETED_END}|{_DASHED_END}|ENDS|#{{3}}|={{2,}}\s*[A-Za-z]*|[-*]{{3,}}|--)$"
)
# The same marks glued to a paragraph's last sentence: "… will be completed soon. (end of
# excerpt)-ends-", "… on Friday. (END)"
GLUED_END_MARK = re.compile(
    rf"(?<=[.!?\"”’])\s*(?:{_BRACKETED_END}(?:\s*{_DASHED_END})?|{_DASHED_END})$"
)
# A database record's field label alone on its line, its text below: "[Full text]"
_RECORD_LABEL = re.compile(r"\[(?i:full text|text|notes?|place|date|source|title)\]")
# A box's label, its letters spaced out: "I N C O N T E X T"
_SPACED_LETTERS = re.compile(r"^(?:[A-Za-z] ){3,}[A-Za-z]$")


def is_icon_sprite(line: str) -> bool:
    """The names of a site's icons run together, of any length: "icon bookmark-bicon bookmarkicon
    cameraicon checkicon chevron downicon …" (half its words or more hold "icon")."""
    tokens = line.split()
    return len(tokens) >= 8 and 2 * sum("icon" in token for token in tokens) >= len(tokens)


def closes_on_abbreviation(line: str) -> bool:
    """Whether `line` closes on an abbreviation's stop, no sentence's: "… until 10 P.M."."""
    return line[line.rfind(" ") + 1 : -1].lower() in ABBREVIATIONS


def is_headline_ticker(line: str) -> bool:
    """Other stories' headlines run together, a bullet between them, of any length: "UN condemns
    recent terrorist attacks in Iraq • U.S. stocks waver … • …" (four or more, of up to 15 words
    each, none a sentence; one in four may close on an abbreviation: "… 0.39 pct in Aug.")."""
    items = [item.strip() for item in line.strip(" •").split(" • ")]
    stopped = [item for item in items if ends_a_sentence(item)]
    return (
        len(items) >= 4
        and all(0 < n_words(item) <= 15 for item in items)
        and 4 * len(stopped) <= len(items)
        and all(map(closes_on_abbreviation, stopped))
    )


# A tag's markup left as text, of any length, or what a broken tag left of it: '<p class =
# "canvas-atom …" type = "text" …>Related video: …', '"data-reactid =" 28 ">Watch news, …'
MARKUP_LINE = re.compile(r"<[a-z][a-z\d]*\s+[a-z-]+\s*=\s*\"|\"?data-[a-z-]+\s*=")
# What a site's templates left in the text: a shortcode ("[ad_1]", "[/caption]"), a template
# variable ("spot_img"), a layout block's name ("Box 2")
_TEMPLATE_CODE = re.compile(
    r"^\[/?[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*(?:\s[^\]]*)?\]$|^[a-z]+(?:_[a-z0-9]+)+$|"
    r"^(?i:box|block|widget|slot|module|placeholder|banner|ad)\s?\d{1,2}$"
)
# A word whose letters change case four times or more ("LmLpVukGLrfwPCldAk"): a random token,
# not a name ("McDonald", "MacArthur", "YouTube": three)
_CASE_CHANGES = re.compile(r"(?=[a-z][A-Z]|[A-Z][a-z])")
_LOWER_UPPER = re.compile(r"[a-z][A-Z]")


def _random_tokens(line: str) -> bool:
    """A line of three to twenty words, most of them random tokens (`_CASE_CHANGES`): a site's
    obfuscated text ("aBHdBX KbyyBysuv kbaARvXzWaZRQgSkivhnySpKzgTFWrr …")."""
    if _LOWER_UPPER.search(line) is None:  # the quick answer for nearly every line
        return False
    tokens = line.split()
    if not 3 <= len(tokens) <= 20:
        return False
    random = sum(len(_CASE_CHANGES.findall(token)) >= 4 for token in tokens)
    return 2 * random > len(tokens)


# A field's label with its value left out: "Date:", "Posted by:", "Share post:", a blog theme's
_EMPTY_FIELD = re.compile(  # "Post author:"; perhaps as a list's item: "- Author:"
    r"^(?:[-–•·]\s*)?(?:post\s+)?(?:date|time|posted|published|updated|author|authors|writer|reporter|editor|by|source|"
    r"category|categories|section|tags?|topics?|themes?|keywords|filed under|location|place)"
    r"(?:\s+(?:on|at|by|in))?\s*:$|"
    # its date left out: "Last updated", "Updated on"
    r"^(?:last (?:updated|modified)|(?:updated|published|posted) (?:on|at))$",
    re.IGNORECASE,
)
# A time of day alone, perhaps after a month and day and before a zone: "18:30", "01/23 19:15",
# "Feb. 7 19:06 JST" (no year: furniture, but no date); or a month and year alone: "November 2005",
# or a season and year: "Spring 2014".
# A site's world clock, a city and its time of day: "Moscow: 00:02", "London: 9:02 pm" (not a
# label: "Updated: 11:05")
CITY_CLOCK = re.compile(
    r"(?!(?i:updated|published|posted|modified|created|last|time|date)\b)"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}:\s*[0-2]?\d:[0-5]\d(?:\s*[ap]\.?m\.?)?"
)
_TIME_ALONE = re.compile(
    # "Updated 11:05", "Web posted at: 6:12 a.m. EDT (1012 GMT)", "— Update: 10:55", "Last edited
    # 13:48"
    r"(?:[—–•·-]\s*)?(?:(?:last\s+|web\s+)?(?:updated?|published|posted|edited|modified)"
    r"(?:\s+(?:on|at))?\s*:?\s*)?"
    rf"(?:(?:[01]?\d/[0-3]?\d|{patterns.MONTH_DAY.pattern})\.?,?\s+)?"
    rf"(?:{patterns.TIME_OF_DAY.pattern})(?:\s*(?:{patterns.TIME_OF_DAY.pattern}))*"
    r"(?:\s*\(\d{3,4}\s*(?:GMT|UTC)\))?"
    r"(?-i:\s+[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2})?"  # the city: "11:47 UTC+3 TOKYO"
    rf"|{patterns.MONTH}\.?,?\s+(?:19|20)\d\d|{patterns.MONTH}\s+[0-3]?\d|[0-3]?\d\s+{patterns.MONTH}"
    # a thesis's term: "Spring 2014", "Autumn Semester 2019"
    r"|(?:spring|summer|autumn|fall|winter)(?:\s+(?:term|semester|session))?,?\s+(?:19|20)\d\d",
    re.IGNORECASE,
)
# The credit of a picture the page no longer shows, after its date: "(Photo Credit: …/Pool via AP)"
# A web address within a line, not counted among its words: a licence's in a picture's credit,
# "Photo: Kremlin.ru [CC BY 4.0 (http://creativecommons.org/licenses/by/4.0)], via Wikimedia …"
_ADDRESS = re.compile(r"https?://[^\s()<>\[\]]+")
_DATED_PHOTO_CREDIT = re.compile(r"\s*\((?i:photo(?:graph)?(?: credit)?|credit)\s*:[^()]{2,80}\)$")
_VIEW_COUNT = re.compile(r"^\d[\d,.]*[KMB]?\s+views?\s+(?=\S)", re.IGNORECASE)
# A publishing system's article info around the date: "Category: World Published on Thursday, 07
# October 2021 23:00 Hits: 2"
_ARTICLE_INFO = re.compile(
    r"^(?i:category):\s*[\w&'’ -]{1,30}?\s+(?=(?i:published|written|created)\b)|"
    r"\s+(?i:hits|views):\s*\d[\d,]*$"
)
_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_BY = re.compile(r"\b(?:[Bb]y|BY)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2}")
_CITY_WORDS = re.compile(r"\b[A-Z][A-Z.\-]{2,}\b(?!\.?\w)")  # not a site's name: "TOI.in"


def words(line: str) -> list[str]:
    return _WORD.findall(line)


@lru_cache(maxsize=65_536)
def n_words(line: str) -> int:
    return len(_WORD.findall(line))


# "Top Page > Foreign Policy > Countries & Regions > Russia", "You are in: World: Asia-Pacific"
_BREADCRUMB = re.compile(
    # "Home » News » 2+2 Tokyo talks: Foreign & defense ministers …" (the page's title last)
    r"^[^>»›]{1,40}(?:\s+[>»›]\s+[^>»›]{1,40})+\s+[>»›]\s+[^>»›]{1,150}$|"
    # a section in capitals and its part: "INTERNATIONAL > Europe & Eurasia"
    r"^[A-Z][A-Z&' -]{2,30}\s+[>»›]\s+[A-Z][\w&,' -]{1,40}$|"
    r"^(?i:you are (?:in|here))\s*:\s*\S.{0,60}$|"
    # "Home / World / Asia-Pacific", perhaps closing on the page's title: "Home / WORLD / Russia
    # deploys coastal missile system in Pacific (VIDEO)", or in Russian after a slash: "/ Главная
    # / Russkiy Mir Foundation / News / First tourists from Japan visited …"
    r"^(?:/\s*)?(?i:home|главная)(?:\s+/\s+[^/]{1,40}){0,3}\s+/\s+[^/]{1,150}$|"
    # sections between slashes, then the page's title cut short: "GRASP/Japan Taro Kono …in..."
    r"^(?:[A-Z][\w&'’-]*/)+[A-Z][^/]{10,200}(?:\.{3}|…)$"
)
# A tag list cut short, its count of the rest: "Sustainability Technology & equipment +5 more"
_MORE_TAGS = re.compile(r"[^.!?]{1,120}\s\+\d{1,3} more")
# A toolbar's button, its icon's label glued to its own: "Download Current HansardDownload Current
# Hansard    View Or Save XMLView/Save XML", "Download Full Day's HansardDownload Full Day's …"
_DOUBLED_LABEL = re.compile(r"([A-Z][a-z]*(?: [A-Za-z][A-Za-z'’]*){1,4})\1(?=\s|$|[A-Z][a-z]+$)")
# A wiki's, a page's and a blog's own links and labels over the article: "(Redirected from
# Habomai)", "Jump to navigation Jump to search"
_PAGE_LINKS = re.compile(
    r"^\((?i:redirected from) [^()]{1,60}\)$|^(?i:jump to (?:navigation|search|content)\s*)+$|"
    r"^(?i:from wikipedia(?:, the free encyclopedia)?)$|"
    # its coordinates, labelled or not: "Coordinates: 43°N 142°E / 43°N 142°E / 43; 142",
    # "44°6′N 146°42′E / 44.100°N 146.700°E / 44.100; 146.700"
    r"^Coordinates:\s*\d{1,3}(?:\.\d+)?°.{0,80}$|"
    r"^\d{1,3}(?:\.\d+)?°(?:\d{1,2}(?:\.\d+)?′)?(?:\d{1,2}(?:\.\d+)?″)?\s?[NS] "
    r"\d{1,3}(?:\.\d+)?°(?:\d{1,2}(?:\.\d+)?′)?(?:\d{1,2}(?:\.\d+)?″)?\s?[EW]\b.{0,80}$|"
    # a video player's buttons: "Play video", "Subtitles section Play video"
    r"^(?i:(?:subtitles? section )?(?:play|watch|replay) (?:the )?video)$|"
    # a page's accessibility links: "Click to skip the local menu", "Here is the local menu",
    # "global menu starts from here", "the begining of this page"
    r"^(?i:(?:click (?:here )?to )?skip (?:to |the )?(?:[a-z]+ ){0,2}(?:menu|content|navigation)|"
    r"here is the (?:[a-z]+ )?menu|(?:[a-z]+ )?menu (?:starts|ends) (?:from )?here|"
    r"the beginn?ing of (?:this|the) page)$|"
    # a blog's archive of a tag's posts and its link to a post's rest: "Tag Archives: kurils-2014",
    # "Read on: your complete guide to Kuril settlements…"
    r"^(?i:(?:tag|category|author|monthly) archives?):\s*\S.{0,60}$|"
    # a mirror's link to the encyclopedia's own page: "View on Wikipedia"
    r"^(?i:(?:view|read(?: more)?|see) (?:it )?(?:on|in) wikipedia)$|"
    # a blog theme's line of the post's category or comments: "• Post category:News"
    r"^(?:[-–•·]\s*)?(?i:post (?:category|categories|comments|tags?|views)):\s*\S.{0,60}$|"
    r"^(?i:read on|continue reading):\s.{0,100}(?:…|\.\.\.)$|"
    # a blog's listing of its posts: "Showing posts with label Darwin. Show all posts"
    r"^(?i:showing posts (?:with label|from|sorted by|for query|by)\b[^.]{0,80}\."
    r"\s*(?:sort by (?:date|relevance)\s*)?show all posts\.?)$"
)
# A reading aid's controls: "Select font Arial Times New Roman", "Character spacing (Kerning):
# Standard Medium Large"
_READING_AID = re.compile(
    r"^(?i:select font|font size|text size|character spacing|line spacing)\b[^.!?]{0,60}$"
)
# A site's language switcher: "• en-GB1 ru-RU1"
_LANGUAGES = re.compile(r"^(?:[•·]\s*)?(?:[a-z]{2}-[A-Z]{2}\d*)(?:\s+[a-z]{2}-[A-Z]{2}\d*)*$")
# A media player's time: "00:00 / 00:00"
_PLAYER_TIME = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?$")
# A podcast's label over its episode's description: "Episode Notes:", "Show notes"
_SHOW_NOTES = re.compile(r"^(?i:episode notes|show notes|episode description)\s*:?$")
# A link back: "Back to Contents of Issue: May 2004", "« Back to top"
_LINK_BACK = re.compile(
    r"^(?:[«<←‹]\s*)?(?i:back to (?:the )?(?:contents|top|index|home|list|issue|previous page|"
    r"articles|news))\b[^.!?]{0,40}$"
)
# A site search's header ('2 results for "6b3a79…"') or an image board's link to a post
# (">>64514153")
_SEARCH_OR_REPLY = re.compile(r"^\d[\d,]* results? for\b.{1,80}$|^>>\d{4,12}$")
# A toggle that shows or hides part of the page: "Show Summary Details", "Hide abstract"
_TOGGLE = re.compile(r"^(?i:(?:show|hide)(?: summary| full| more)? (?:details|summary|abstract))$")
# A link to the site's listing of its pieces: "List of past newsletters", "Index of all articles"
_LISTING_LINK = re.compile(
    r"^(?i:(?:full |complete )?(?:list|index|archive) of (?:all |past |previous |earlier |recent |"
    r"latest |other )?(?:the )?(?:newsletters|issues|articles|posts|stories|news|"
    r"(?:press )?releases|columns|editions|statements|speeches|reports))$"
)
# A reader's handle over a comment: one word of letters with a digit or an underscore ("Asiaman7"),
# or of capitalised words run together ("TokyoLiving")
READER_HANDLE = re.compile(
    r"(?=[\w.-]*[\d_])[A-Za-z][A-Za-z\d_.-]{2,29}|[A-Z][a-z]+(?:[A-Z][a-z]+)+\d*"  # "TokyoLiving"
)
# The same in a list of comments, a bullet before it: in lower case ("• velmpoll") or a reader's
# first and last names ("• Jane Roe")
BULLETED_HANDLE = re.compile(r"[•·]\s*(?:[a-z][a-z\d_.-]{2,29}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})")
# A reader's name over a blog's comment, its date under it: "Ivan Petrov says:" / "March 3, 2019
# at 4:12 pm"
COMMENTER_SAYS = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:says|said|wrote):")
# A blog's button under each reader's comment: "LikeLiked by 1 person", "LikeLike"
LIKE_BUTTON = re.compile(r"Like(?:Like|Liked by \d+ (?:person|people))")
# A social-media account, perhaps in brackets: "@MFARussia", "(@FahadShabbir)"
_HANDLE = re.compile(r"@\w{2,30}|\(@\w{2,30}\)")
# A menu of four or more items of one to three capitalised words, perhaps with a bar at its end:
# "Main | News | Politics | …", "Help | Sitemap | Archive | Advanced Search | Mirror in USA |"
_MENU = re.compile(r"^[A-Z][^|]{0,30}(?:\s+\|\s+[A-Z][^|]{0,30}){3,}(?:\s+\|)?$")


# A page's tabs written as a list, the last one a navigation word: "Cruise Port schedule, live
# map, terminals, news"
_TAB_LIST = re.compile(
    r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}(?:, [a-z][\w'’-]*(?: [\w'’-]+){0,2}){2,}, (?P<last>[a-z]+)$"
)
# "Tags:", "[Sponsored]", "X (Twitter)": a label's colon, brackets round it or a word after it
_BRACKETED = re.compile(r"\s*\([^()]*\)$")


def is_navigation(line: str) -> bool:
    """A breadcrumb, a menu, a social-media handle, a like button, a reading aid's controls, a
    link back ("Back to Contents of Issue: May 2004") or to the site's listing ("List of past
    newsletters"), a site search's header ("2 results for …"), a link to a post (">>64514153"),
    a toggle ("Show Summary Details"), a language switcher ("en-GB1 ru-RU1"), a media player's
    time ("00:00 / 00:00"), a wiki's links ("Jump to navigation"), a page's accessibility links
    ("Click to skip the local menu"), a podcast's label ("Episode Notes:"), a blog's listing
    ("Showing posts with label Darwin. Show all posts"), a tag list cut short ("… Processing +5
    more"), a page's tabs as a list (`_TAB_LIST`), a font-size picker ("12 pt 14 pt 16 pt"), a
    toolbar's buttons, each label glued to its icon's ("Download Current HansardDownload Current
    Hansard"), a comment editor's ("Bold Italic Underline Strike …", one button it may name
    besides) or a line of navigation words alone ("Share", "World News")."""
    if _BREADCRUMB.match(line):
        return True
    if (
        _HANDLE.fullmatch(line)
        or LIKE_BUTTON.fullmatch(line)
        or _READING_AID.match(line)
        or ("ack to" in line and _LINK_BACK.match(line))
        or (" of " in line and _LISTING_LINK.match(line))
        or ((" for" in line or ">>" in line) and _SEARCH_OR_REPLY.match(line))
        or (line[:1] in "SsHh" and _TOGGLE.match(line))
        or ("-" in line and _LANGUAGES.match(line))
        or ("/" in line and _PLAYER_TIME.match(line))
        or _PAGE_LINKS.match(line)
        or ("otes" in line and _SHOW_NOTES.match(line))
        or (line.endswith(" more") and _MORE_TAGS.fullmatch(line))
        or (line[:1].isdigit() and _SIZE_PICKER.fullmatch(line) is not None)
        or (
            ", " in line
            and (tabs := _TAB_LIST.match(line)) is not None
            and tabs["last"] in _NAV_WORDS - {"more", "and", "other"}
            and " and " not in line
        )
        or (
            n_words(line) <= 15
            and not ends_a_sentence(line)
            and _DOUBLED_LABEL.search(line) is not None
        )
    ):
        return True
    if _MENU.match(line) and all(
        n_words(item) <= 3 and not ends_a_sentence(item)
        for item in line.removesuffix("|").split(" | ")
    ):
        return True
    lowered = [w.lower() for w in words(line)]
    if len(lowered) >= 4 and all(w in _NAV_WORDS or w in _OLD_SHARE_SITES for w in lowered):
        return True  # an old share bar: "Twitter Facebook Myspace Yahoo! Linkedin Mixx"
    formatting = sum(w in _EDITOR_WORDS for w in lowered)
    if formatting >= 5 and formatting >= len(lowered) - 1:
        return True  # a comment editor's buttons: "Bold Italic Underline Strike Bullet …"
    return (
        0 < len(lowered) <= 8
        and not ends_a_sentence(_BRACKETED.sub("", line.removesuffix(":").strip("[]")))
        and all(w in _NAV_WORDS for w in lowered)
    )


# The buttons of a comment editor's toolbar
_EDITOR_WORDS = frozenset(
    """bold italic underline strike strikethrough bullet bullets blockquote quote small big link
    unlink image img photo foto code spoiler undo redo list font size colour color emoji smiley
    preview""".split()
)

# The sites an old share bar names besides those of `_NAV_WORDS` (alone, "Yahoo News" is a
# masthead)
_OLD_SHARE_SITES = frozenset("myspace yahoo mixx digg delicious stumbleupon".split())

# Words a source line may hold beside the outlet's name: "PRAVDA.Ru", "Official website of the
# President of Russia"
_AS_REPORTED_BY = re.compile(
    r"as (?:reported|published|first reported) (?:by|in)\s+", re.IGNORECASE
)
_SOURCE_WORDS = frozenset(
    (
        "the news agency agencies by source via from and with world japan english online "
        "international daily edition global shimbun newspaper press asia tv radio broadcasting "
        "corporation service wire digital europe ru com net org jp uk co cn info network official "
        "website of"
    ).split()
)


_YEAR = re.compile(r"(?:19|20)\d\d")
_FULL_ARTICLE_AT = re.compile(r"^read (?:the )?full (?:article|story|text) (?:at|on)\s+", re.I)
_EDITOR_INITIALS = re.compile(r"/[a-z]{1,4}$")  # "Source: AFP/zl"
# The pages of the issue a translated piece appeared in: "• , AERA , p. 66-67"
_PAGES = re.compile(r"\s*,?\s*\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?$")
# "--The Asahi Shimbun, Jan. 24", "NHK -- Apr 23": the day after the outlet's name
_SIGN_OFF_DAY = re.compile(
    rf"(?:,|\s+[-–—]{{1,2}})\s*{patterns.MONTH_DAY.pattern}\.?$", re.IGNORECASE
)


def _is_agency_city(line: str) -> bool:
    """An agency and the city it wrote from, after a slash: "AFP/Moscow" (Gulf Times), not a
    photo's credit."""
    match = "/" in line and patterns.SOURCE_CITY.fullmatch(line.strip())
    return bool(
        match and match["city"] in patterns.KNOWN_CITIES and outlets.known_outlets(match["source"])
    )


# A copy's note on where and when the piece first appeared: "Published on openDemocracy /oD
# Russia, by Ksenya Semenova, 19 January 2012.", "published by Voice of Russia's Morning Show on
# February 22, 2013"
REPUBLISHED = re.compile(
    r"^(?:first |originally )?published (?:on|in|by) (?P<site>\w[\w.&'’ /-]{1,50}?)"
    r"(?:,(?: by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3},)? | on )"
    r"(?P<date>[^,]{6,30}?(?:, (?:19|20)\d\d)?)\.?$",
    re.IGNORECASE,
)


def _is_source_line(line: str) -> bool:
    """A line that only names an outlet ("KYODO", "Ministry of Foreign Affairs of Japan",
    "Source: AFP/zl" with its editor's initials, "--The Asahi Shimbun, Jan. 24" with its day,
    "• , AERA , p. 66-67" with the pages of the issue, "As reported by Radio Free Europe/Radio
    Liberty",
    "AFP/Moscow" with the city it wrote from), or a source's label and a short name kurils does
    not know ("Source: ianslive"; in title case, up to eight words: "Source: Voice of Russia's
    Morning Show"). Agencies credited together ("KYODO, JIJI") lent
    copy to the outlet's own story: no source line. Or a copy's note on where and when it first
    appeared (`REPUBLISHED`)."""
    if _is_agency_city(line):
        return True
    if (
        line[:1] in "Ss"
        and (n_words(line) <= 5 or (n_words(line) <= 8 and _TITLED_NAME.fullmatch(line)))
        and _SOURCE_LABEL.fullmatch(line)
        and not _CREDITS.search(line)  # "Source: News Agencies" credits the story's writers
    ):
        return True  # a source's label and any name: "Source: ianslive"
    note = REPUBLISHED.match(line) if "ublished" in line else None
    if note and patterns.FULL_DATE.search(note["date"]):
        return True
    # "- AP" closing a story, "--The Asahi Shimbun, Jan. 24" closing a column, "Read Full Article
    # at RT.com" closing a copy's teaser
    line = _SIGN_OFF_DAY.sub("", _EDITOR_INITIALS.sub("", _FULL_ARTICLE_AT.sub("", line)))
    line = (_PAGES.sub("", line) if "p." in line else line).strip(" -–—•,")
    if line[:3].lower() == "as ":  # "As reported by Radio Free Europe/Radio Liberty"
        line = _AS_REPORTED_BY.sub("", line)
    if n_words(line) > 12 or outlets.ANY_OUTLET.search(line.strip()) is None:
        return False
    for _, pattern in outlets.OUTLETS:
        match = pattern.search(line.strip())
        if match is not None:
            rest = line[: match.start()] + " " + line[match.end() :]
            return all(  # "Diplomatic Bluebook 2019": a year may date the publication
                part.lower() in _SOURCE_WORDS or _YEAR.fullmatch(part)
                for w in words(rest)
                for part in w.split("-")
            )
    return False


_GLUED_SIGN_OFF = re.compile(
    r"(?<=[.!?\"”])(?:\s+(?:[-–—]+\s*)?|[-–—]+\s*)"  # "… islets. Jiji Press", "….–Bernama"
    r"(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})$"
)


def glued_sign_off(paragraph: str) -> int | None:
    """Where an outlet's name after a paragraph's last sentence begins ("… the Habomai group of
    islets. Jiji Press": a copy's sign-off that lost its line break), or two run together, the
    one that relayed the other's copy ("… for 2016-2025.–Bernama-Sputnik"), or None."""
    if not paragraph[-1:].isalpha():
        return None
    match = _GLUED_SIGN_OFF.search(paragraph)
    if match is None:
        return None
    name = match["name"]
    relayed = "-" in name and all(_is_source_line(part) for part in name.split("-"))
    return match.start() if _is_source_line(name) or relayed else None


_PRINT_LINK = re.compile(r"\s+(?:Print|Share|Email|E-mail)$")


def _site_handle_date(line: str) -> bool:
    """A site's name, its handle and the date between bars, perhaps with a link to print: "Just
    Earth News | @justearthnews | 29 Sep 2020, 05:32 am Print"."""
    segments = [segment.strip() for segment in line.split("|")]
    handles = {s[1:].lower() for s in segments if _HANDLE.fullmatch(s) and s.startswith("@")}
    names = [s for s in segments if s.replace(" ", "").lower() in handles]
    others = [s for s in segments if s[1:].lower() not in handles and s not in names]
    return (
        bool(names)
        and len(others) == 1
        and patterns.FULL_DATE.search(others[0]) is not None
        and _is_date_stamp(_PRINT_LINK.sub("", others[0]))
    )


# A timestamp in ISO 8601 alone: "2023-02-07T15:54+0000", "2019-06-14T08:30:00Z" (a page's
# metadata printed as text)
_ISO_TIMESTAMP = re.compile(
    r"(?:19|20)\d\d-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][01]\d:?\d\d)?"
)
# A blog's post signed with its time: "Posted by On 2:23 AM", "Posted by Anna Petrova at 10:05"
_POSTED_AT = re.compile(
    r"(?i:posted by)(?: [A-Z][\w.'’-]*){0,3} (?i:on|at) \d{1,2}:\d\d(?:\s*(?i:[ap]\.?m\.?))?"
)
# A blog theme's post meta, its author's name perhaps left empty, the post's categories after the
# date, glued on or after a bar: "by Feb 8, 2024Featured Article, News", "by Jane Roe | Feb 8,
# 2024 | News"
_POST_META = re.compile(
    rf"(?i:by)\s+(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}}\s*\|\s*)?{patterns.WRITTEN_DATE}"
    r"\s*\|?\s*[A-Z][\w&'’ -]{1,30}(?:,\s*[A-Z][\w&'’ -]{1,30}){0,4}"
)


# A reporter's name alone, between bars after a date: "… 2004|Bruce Wallace | Times Staff Writer"
_PERSON_ALONE = re.compile(_PERSON)
# An archive's citation of the document it prints: "\"Record of … Talks, 8 October 1973,\"
# October 08, 1973, History and Public Policy Program Digital Archive, RGANI, fond 80, …"
_ARCHIVE_CITATION = re.compile(
    r"[\"“][^\"”]{5,200},[\"”] [A-Z][a-z]+\.? \d{1,2},? (?:19|20)\d\d,[^\"“”]{0,200}"
    r"\b(?i:archives?)\b"
)


def is_archive_citation(line: str) -> bool:
    """Whether `line` is an archive's citation of the document the page prints, up to 60 words:
    its title in quotation marks, its date, the archive ("\"Record of … Talks, 8 October 1973,\"
    October 08, 1973, History and Public Policy Program Digital Archive, …")."""
    return line[:1] in '"“' and n_words(line) <= 60 and _ARCHIVE_CITATION.match(line) is not None


# A weekly's issue, its year and days, perhaps with the section: "2024 February 7 - 13 [POLITICS]",
# "2022 March 30 - April 5", the story's rank among the week's: "2010 October 27 - November 2
# TOP3 [TERRITORIAL ISSUE]"
_ISSUE_WEEK = re.compile(
    rf"(?:19|20)\d\d {patterns.MONTH} \d{{1,2}}\s*[-–]\s*(?:{patterns.MONTH} )?\d{{1,2}}"
    r"(?: TOP\s?\d{1,2})?(?: \[[A-Z][A-Z &/-]{1,30}\])?"
)
# A footnote's mark after a date: "8 October 1973[1]" (an archive's record of talks)
_FOOTNOTE_AFTER = re.compile(r"\[\d{1,3}\]$")
# A reading aid's control after a date: "… 2017 Adjust font size:", "… Font size: A A A"
_FONT_SIZE_AFTER = re.compile(
    r"\s+(?i:(?:adjust|change) )?(?i:font|text) size:?(?:\s*[A+-]{1,2}){0,3}$"
)


# A site's section, then the byline after a dash: "Russia and former Soviet Union — by Reuters"
_SECTION_BYLINE = re.compile(r"[A-Z][\w ,&'’-]{1,50}?\s+[—–-]\s+(?P<by>(?i:by)\s+\S.*)")
# The desk editor's handle, between bars beside a date: "… | Editor: huaxia", "Editor: Liu Xin"
_EDITOR_HANDLE = re.compile(r"(?i:editors?)\s*:\s*[\w.'’-]+(?: [\w.'’-]+){0,2}")
# The author's name and post, beside a date: "10:13 15.06.2024 • Ivan Petrov , Associate
# Professor, … State University, Department of History" (a journal's date line)
_POST_WORD = r"(?:\(?[A-Z][\w.'’-]*\)?|of|and|the|for|in|on|at|&)"
_NAME_AND_POST = re.compile(
    rf"{_PERSON}\s*,\s+(?=[^.!?]*\b(?:{INSTITUTION}|Department|Professor|Fellow)\b)"
    rf"{_POST_WORD}(?:,?\s+{_POST_WORD}){{0,20}}"
)
# What parts a date line: bars ("… 2004|Bruce Wallace | Times Staff Writer") or bullets
_DATE_LINE_PARTS = re.compile(r"\||\s•\s")


# A dateline's city and day alone: "Tokyo, Nov 20"
_DATELINE_ALONE = re.compile(
    rf"[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+)?,? {patterns.MONTH_DAY.pattern}"
)


def _beside_a_date(segment: str) -> bool:
    """What a date line may hold between bars or bullets beside its date: a byline, a reporter's
    name alone or with the post ("Ivan Petrov, Associate Professor, … University"), a section and
    its byline, the outlet ("Source: Xinhua") or the desk editor."""
    return bool(
        _is_byline(segment)
        or _PERSON_ALONE.fullmatch(segment)
        or _DATELINE_ALONE.fullmatch(segment)  # "Tokyo, Nov 20 | Updated: Nov 21 2005, …"
        or ((section := _SECTION_BYLINE.fullmatch(segment)) and _is_byline(section["by"]))
        or _is_source_line(segment)
        or _EDITOR_HANDLE.fullmatch(segment)
        or _NAME_AND_POST.fullmatch(segment)
    )


# A paper's key words after their label, perhaps more than a furniture line's words: "Key words:
# Japan, the Soviet-Japanese War, the Kwantung Army, …, Harry Truman."; or a repository's
# disciplines: "Part of the European History Commons, … and the Military History Commons"
_KEY_WORDS = re.compile(
    r"^(?i:key ?words|index terms)\s*[:—–-]\s*(?P<items>\S.*)$|"
    r"^Part of the (?P<commons>.+ Commons)$"
)


def is_keyword_list(line: str) -> bool:
    """A paper's key words after their label, or a repository's disciplines (`_KEY_WORDS`), each
    item of up to eight words, up to 80 words."""
    match = _KEY_WORDS.match(line)
    items = (match["items"] or match["commons"]).rstrip(".") if match else ""
    return (
        match is not None
        and n_words(line) <= 80
        and all(n_words(item) <= 8 for item in re.split(r"[,;]", items))
    )


# A document's title of its kind alone and its date, not a date line
_DATED_DOCUMENT = re.compile(rf"{patterns.DATED_DOCUMENT}{patterns.WRITTEN_DATE}$")


def _is_date_stamp(line: str) -> bool:
    """A line that gives a date and otherwise only times, time zones, "Published/Updated",
    weekdays, bylines, an outlet or up to three capitalised place words (eight, naming a venue,
    after a time of day), or a date and bylines between bars or bullets; or an ISO 8601 timestamp
    alone ("2023-02-07T15:54+0000"); or a weekly's issue ("2024 February 7 - 13 [POLITICS]"); or
    a time of day alone, perhaps after a month and day ("01/23 19:15", "Feb. 7 19:06 JST") or
    after a city, in a site's world clock ("Moscow: 00:02"); or a month and year, or a month and
    day, or a season and year, alone ("November 2005", "October 31", "Spring 2014": no full
    date); or a site's name, its handle and a date between bars (`_site_handle_date`); a
    footnote's mark after the date aside ("8 October 1973[1]")."""
    if n_words(line) > 24 or _DATED_DOCUMENT.match(line):  # "Press Conference, 12 March 2009"
        return False
    if _POSTED_AT.fullmatch(line):  # a blog's time of posting, its author's name left empty
        return True
    if line[:3] in ("by ", "By ") and _POST_META.fullmatch(line):  # "by Feb 8, 2024Featured …"
        return True
    if line[:2] in ("19", "20") and _ISO_TIMESTAMP.fullmatch(line):  # "2023-02-07T15:54+0000"
        return True
    # a weekly's issue: "2024 February 7 - 13 [POLITICS]"
    if line[:2] in ("19", "20") and _ISSUE_WEEK.fullmatch(line):
        return True
    if "|" in line or " • " in line:  # "April 19, 1991|By John E. Woodruff | John E. …"
        # or the name alone: "August 28, 2004|Bruce Wallace | Times Staff Writer", a section
        # before it: "Feb. 9, 2011, 8:54 p.m. | Russia and former Soviet Union — by Reuters", the
        # outlet before the date: "Source: Xinhua | 2018-02-03 04:52:56 | Editor: huaxia"
        segments = [segment for s in _DATE_LINE_PARTS.split(line) if (segment := s.strip())]
        dated = next((i for i, s in enumerate(segments) if _is_date_stamp(s)), None)
        if (
            len(segments) > 1
            and dated is not None
            and all(_beside_a_date(s) for i, s in enumerate(segments) if i != dated)
        ):
            return True
        if _site_handle_date(line):
            return True
    line = _VIEW_COUNT.sub("", line)  # a video's views before its date: "15,234 views Mar 22, 2022"
    if ":" in line:  # "Category: World Published on …, 07 October 2021 23:00 Hits: 2"
        line = _ARTICLE_INFO.sub("", line)
    line = _DATED_PHOTO_CREDIT.sub("", line)  # "March 20, 2017 (Photo Credit: Issei Kato/Pool …)"
    line = _FONT_SIZE_AFTER.sub("", line)  # "Xinhua, February 18, 2017 Adjust font size:"
    line = _FOOTNOTE_AFTER.sub("", line)  # "8 October 1973[1]"
    # the page's ISO 8601 timestamps run into it: "… 20:35 IST2025-10-24T20:31:36+5:30…"
    if "T" in line and ":" in line:
        line = _ISO_TIMESTAMP.sub(" ", line)
    # a title dated in brackets: "Press Conference by … Kishi (09:59-10:14 A.M. February 5, 2021)"
    title = line[: titled.start()] if (titled := _BRACKETED.search(line)) else ""
    if n_words(title) >= 5 and not (
        patterns.FULL_DATE.search(title) or _TIME_ALONE.fullmatch(title.strip())
    ):  # ("Web posted at: 6:12 a.m. EDT (1012 GMT)" is a time, not a title)
        return False
    rest, dates = patterns.FULL_DATE.subn(" ", line)  # "14.11.2018 (updated … 14.11.2018)"
    if n_words(line) > (16 if dates < 2 else 24):  # "Published on …, updated on …"
        return False
    if not dates:
        # "18:30", "Feb. 7 19:06 JST", "November 2005", "Moscow: 00:02"
        return bool(_TIME_ALONE.fullmatch(line) or CITY_CLOCK.fullmatch(line))
    rest = _CASE_JOIN.sub(" ", patterns.TIME_OF_DAY.sub(" ", rest))  # "UTCUpdated" → 2 words
    rest = patterns.MONTH_DAY.sub(" ", rest)  # the day again: "2023-06-16 14:06 03 June Kyiv, …"
    rest = _CITY_WORDS.sub(" ", patterns.DATE_LINE_WORDS.sub(" ", rest))
    rest = outlets.ANY_OUTLET.sub(" ", _BY.sub(" ", rest))
    remaining = words(rest)
    if len(remaining) <= 3:
        return all(w[0].isupper() or w.lower() == "the" for w in remaining)
    # "Tuesday, March 22, 2022, 9:18 a.m. Press Conference Room, Ministry of Foreign Affairs":
    # with a time of day, a venue of up to eight words (a headline gives no time).
    return (
        len(remaining) <= 8
        and patterns.TIME_OF_DAY.search(line) is not None
        and all(w[0].isupper() or w.lower() in _LABEL_JOINERS for w in remaining)
    )


# Line rules in the order they are tried: name, test. Each is general page furniture, and none
# applies to a line of more than MAX_FURNITURE_WORDS words.
MAX_FURNITURE_WORDS = 30
LINE_RULES: tuple[tuple[str, object], ...] = (
    ("image_link", _is_image_link),  # not the page's address
    (
        "url",
        lambda line: bool(
            URL_LINE.match(line)
            or (("//" in line or "www." in line) and NAME_AND_ADDRESS.fullmatch(line))
        ),
    ),
    ("navigation", is_navigation),
    ("cross_link", lambda line: bool(_CROSS_LINK.search(line))),  # ≤ 30 words, like all
    (
        "prompt",
        lambda line: n_words(line) <= 30 and bool(_PROMPT.search(line) or _FEED.search(line)),
    ),
    (
        "photo_credit",
        lambda line: (
            n_words(_ADDRESS.sub("", line) if "://" in line else line) <= 15
            and bool(_PHOTO_CREDIT.search(line))
            and not _is_agency_city(line)
        ),
    ),
    (  # not a caption opening on its credit: "© RIA Novosti / Ivan Petrov Fishing boats …"
        "copyright",
        lambda line: (
            n_words(line) <= 25 and bool(_COPYRIGHT.search(line)) and not OPENING_CREDIT.match(line)
        ),
    ),
    ("source_line", _is_source_line),
    ("url", lambda line: bool(_BARE_DOMAIN.fullmatch(line))),  # not a known outlet's: above
    ("page_counter", lambda line: bool(_PAGE_COUNTER.search(line))),
    (  # or a reviewed book's details ("By …, Iwanami Shinsho, 2009, 211 pages, ISBN-10: …") or
        # where a paper appeared (`_JOURNAL_PAGES`)
        "credits",
        lambda line: (
            n_words(line) <= 30
            and (
                bool(_CREDITS.search(line))
                or ("ISBN" in line and bool(_ISBN.search(line)))
                or ("p" in line and bool(_JOURNAL_PAGES.match(line)))
            )
        ),
    ),
    ("byline", lambda line: _is_byline(line)),
    (
        "export_field",
        lambda line: (
            n_words(line) <= 20
            and (
                bool(_EXPORT_FIELD.match(line))
                or (line[-1:].isdigit() and bool(_POSTAL_ADDRESS.fullmatch(line)))
            )
        ),
    ),
    ("date_stamp", _is_date_stamp),
    ("market_data", lambda line: bool(_MARKET_DATA.match(line))),
    ("table", is_data_row),
    ("end_mark", lambda line: bool(_END_MARK.match(line))),
    ("social_post", lambda line: bool(_POST_ATTRIBUTION.match(line))),
    ("document_number", lambda line: bool(_DOCUMENT_NUMBER.match(line))),
    ("template_code", lambda line: bool(_TEMPLATE_CODE.match(line)) or _random_tokens(line)),
    ("empty_field", lambda line: bool(_EMPTY_FIELD.match(line))),
    ("field_label", lambda line: line[:1] == "[" and bool(_RECORD_LABEL.fullmatch(line))),
    ("tags", lambda line: line[:1] == "#" and bool(_HASHTAGS.fullmatch(line))),
    ("tags", _doubled_tags),
    # "|" between byline and date; a box's label, its letters spaced out: "I N C O N T E X T"
    ("symbols", lambda line: not any(map(str.isalnum, line)) or bool(_SPACED_LETTERS.match(line))),
)


def line_rule(line: str) -> str | None:
    """The name of the first of the `LINE_RULES` that takes `line`, or None; a line of up to ten
    words is read without the link's number closing it ("RIA Novosti [1]")."""
    if line[-1:] == "]" and (mark := _LINK_MARK.search(line)) and n_words(line) <= 11:
        line = line[: mark.start()]
    return next((name for name, test in LINE_RULES if test(line)), None)  # type: ignore[operator]


class _NonWordToSpace(dict):
    """A `str.translate` table, filled as characters are met: a character that is not a regex
    word character (letter or digit), and the underscore, become a space."""

    def __missing__(self, code: int) -> int | str:
        self[code] = code if chr(code).isalnum() else " "
        return self[code]


_KEY_TABLE = _NonWordToSpace()


def line_key(line: str) -> str:
    """A line's words, case-folded, one space apart: lines equal up to case and punctuation
    (the words of ``re.sub(r"[\\W_]+", " ", line.casefold())``, by a faster route)."""
    return " ".join(line.casefold().translate(_KEY_TABLE).split())


@lru_cache(maxsize=65_536)
def is_body(line: str) -> bool:
    """A paragraph: 40+ words, or 8+ words ending like a sentence."""
    count = n_words(line)
    return count >= 40 or (count >= 8 and ends_a_sentence(line))


_CITY_LINE = re.compile(r"[A-Z][A-Z'’.\-]{2,}")
# Words that stand alone on a line as a section or label, never as a dateline city.
_NOT_CITY_WORDS = _NAV_WORDS | frozenset(
    "national international region regions asia europe diplomacy features exclusive".split()
)


def city_line(line: str) -> tuple[str, str | None] | None:
    """The dateline city of a line that holds only a dateline, as some sites print it above the
    body, and the agency printed before it: one upper-case word that is not a section, a label
    or an outlet ("TOKYO"), a city and a dash ("NAGATO, Yamaguchi —"), or a known outlet and a
    city ("AFP, TOKYO", "Reuters | , Tokyo"); else None."""
    sourced = patterns.SOURCE_CITY.fullmatch(line)
    if sourced and outlets.known_outlets(sourced["source"]):
        city = sourced["city"]
        named = words(city.lower())
        if city.upper() in patterns.NOT_CITIES or all(w in _NOT_CITY_WORDS for w in named):
            return None
        return None if outlets.known_outlets(city) else (city, sourced["source"])
    source = None
    dashed = patterns.CITY_ALONE.fullmatch(line)
    city = dashed["city"] if dashed else line
    if (dashed or _CITY_LINE.fullmatch(line)) and is_city_name(city):
        return city, source
    return None


def is_city_name(name: str) -> bool:
    """Whether upper-case words where a dateline city stands may be one: not a section, a
    label or an outlet ("ANALYSIS", "NATIONAL", "KYODO")."""
    return (
        name not in patterns.NOT_CITIES
        and name.lower() not in _NOT_CITY_WORDS
        and not outlets.known_outlets(name)
    )


_LABEL_JOINERS = frozenset("in and of the for at from by & de van von".split())


def is_label(line: str) -> bool:
    """An author's name, a section or a place alone on a line: 1–5 capitalised words (joiners
    such as "in", "of" allowed), not ending like a sentence ("Justin McCurry in Tokyo")."""
    found = words(line)
    return (
        0 < len(found) <= 5
        and not ends_a_sentence(line)
        and all(w[0].isupper() or w.lower() in _LABEL_JOINERS for w in found)
    )
