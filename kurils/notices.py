"""Furniture that no word limit catches: copyright notices and terms of reuse, captions, authors'
disclosures, and the labels of cross-links, credits and disclosures printed alone on a line."""

from __future__ import annotations

import re

from kurils import outlets, patterns
from kurils.furniture import OPENING_CREDIT, ends_a_sentence, n_words

__all__ = [
    "ends_in_piped_credit",
    "has_caption_words",
    "is_comment_form_notice",
    "is_comments_heading",
    "is_contents_label",
    "is_copyright_notice",
    "is_credit_label",
    "is_credited_line",
    "is_disclosure",
    "is_disclosure_label",
    "is_highlights_label",
    "is_link_label",
    "is_no_comments_notice",
    "is_photo_caption",
    "is_site_notice",
    "is_tags_label",
]

# A credit label alone on its line, the credit on the next ("Image copyright" / "AFP").
_CREDIT_LABEL = re.compile(
    r"^(?:(?:image|photo(?:graph)?|picture|media)\s+(?:copyright|credit|source)s?|"
    r"(?:photo(?:graph)?|image|picture)?\s*credits?)\s*:?$",
    re.IGNORECASE,
)


# A photo caption, however long: "FILE - In this Dec. 15, 2016, file photo, … (… via AP, File)",
# "Photo taken from a plane shows Kunashiri Island … (Kyodo)": caption words and a closing
# credit in brackets.
_CAPTION_WORDS = re.compile(
    r"^(?:FILE(?: PHOTO)?\s*[-–—:]|In this\b|(?:An? )?[Vv]iews? (?:of|from)\b)|"
    r"\b(?:file photo|(?:[Pp]hoto|[Pp]icture|[Ii]mage) taken|photographed|shows|is seen|are seen|"
    rf"{patterns.PICTURE_PLACE}|"
    r"is shown|are shown|pictured|poses?|posing|"
    r"looks? on|looks? at|speaks|attends|arrives|delivers|shakes hands|shake hands|waves|"
    r"gestures|listens|walks|stands|visits|inspects|meets|takes part in|"
    r"in this (?:image|photo|picture|handout photo|video grab)(?: released| provided| taken)?"
    r" by|[Ii]llustrative (?:photo|image|picture))\b",
)
# The same words after a plural subject ("Abe and Putin attend …", "Former residents … pray at a
# cemetery …"), only beside a credit in brackets or after a bar
_PLURAL_CAPTION_WORDS = re.compile(
    r"\b(?:attend|speak|arrive|pose|wave|listen|walk|stand|look on|hold talks|pray|take part)\b"
)
# A picture's credit in brackets closing its caption: an agency's or a pool's ("(AP Photo/…)"),
# or under a label ("(Source: Torbenbrinker, WikiCommons)")
_CLOSING_CREDIT = re.compile(
    r"\((?:[^()]{0,60}[/ ])?(?:AP|Associated Press|AFP|Reuters|Kyodo|Jiji|TASS|Sputnik|"
    r"RIA Novosti|Getty Images|EPA|Xinhua|Pool|File|Photo|Yomiuri|Asahi|Mainichi|Nikkei)"
    r"(?:[/ ,][^()]{0,60})?\)$|"
    r"\((?:Source|Credit|Image|Photo|Picture)s?: [^()]{2,60}\)$"
)
# A picture's credit after the caption's stop, handed on by an agency: "… in Kyiv, Ukraine, on
# March 15, 2022. Ukrainian Presidential Press Office via AP"
_VIA_AGENCY_CREDIT = re.compile(
    r"[.!?]\s+(?:[A-Z][\w.'’&-]*\s+){1,6}[A-Z][\w.'’&-]*\s+via\s+"
    r"(?:AP|Reuters|AFP|Getty Images|EPA|TASS|Kyodo)$"
)
# … or by a picture site, after the caption's stop or a dash: "The Kuril Island's caldera,
# Yankicha. Wikimedia Commons", "Kunashiri seen from Cape Shiretoko - Wikimedia Commons"
_PICTURE_SITES = (
    "Wikimedia Commons",
    "Flickr",
    "Unsplash",
    "Pixabay",
    "Shutterstock",
    "Getty Images",
    "Alamy",
)
_SITE_CREDIT = re.compile(rf"(?:[.!?]|\s[-–—|])\s+(?:{'|'.join(_PICTURE_SITES)})$")
# Sputnik's picture card: the caption, the agency's name, the picture's width and its day
# ("Protest in front of the Russian Embassy in Tokyo - Sputnik International, 1920, 07.02.2023"),
# perhaps cut short ("South Kurils - Sputnik International, 1920, 07.02.20")
_WIDTH_AND_DAY_CARD = re.compile(
    r" [-–—] [A-Z][\w.&'’ -]{1,40}, \d{3,4}, [0-3]\d\.[01]\d\.(?:\d\d){1,2}$"
)
# A gallery's card: the picture's number, its caption and a link after bars ("1 of 3 | Japan
# lodged a … complaint …. File Photo by … | License Photo")
_GALLERY_CARD = re.compile(r"\d{1,3} of \d{1,3} \| [A-Z\"“].{10,600} \| [A-Z][\w ]{2,30}$")
# A caption opening on its lender's and an outlet's credit: "Courtesy of Defense Ministry’s Joint
# Staff / Jiji Press A Russian Navy vessel is spotted off the Nemuro Peninsula …." (the outlet's
# name and perhaps the caption's first word or two: a known outlet's name among them)
_OPENING_COURTESY = re.compile(
    r"Courtesy of (?:the )?[A-Z][\w.&'’ -]{1,60}?\s?/\s?"
    r"(?P<agency>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}) (?=[A-Z])"
)
# A caption naming who or what the picture shows, in capitalised words, closing on its credit, a
# site's address: "Shinzo Abe and Vladimir Putin Kremlin.ru"
_SITE_ENDINGS = (".ru", ".com", ".org", ".net", ".jp", ".gov", ".int")
_CLOSING_SITE_CREDIT = re.compile(
    r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|of|the|in|at))* "
    rf"(?:[A-Za-z][\w-]*\.)+(?:{'|'.join(ending[1:] for ending in _SITE_ENDINGS)})"
)
# The day the picture was taken, as the Washington Post's caption gives it: "… onto a
# Yuzhno-Kurilsk beach in the Kurile Islands, as seen on March 16, 2019."
_AS_SEEN_ON = re.compile(rf", as seen (?:on|in) {patterns.WRITTEN_DATE}\.")
# A picture library's credit in brackets closing a line: "… for 77 years. (Getty)", "(Stringer /
# EPA)", "(Jane Roe/Shutterstock)": only pictures carry it, not a wire's copy
_PICTURE_LIBRARY = re.compile(
    r"\((?:[^()]{0,60}(?:/|\s))?(?:Getty(?: Images)?|Shutterstock|Alamy|iStock(?:photo)?|"
    r"EPA(?:-EFE)?)\)$"
)

# The credit a picture library asks for, closing a caption of any length: "(Photo credit should
# read KAZUHIRO NOGI/AFP via Getty Images)"
_SHOULD_READ = re.compile(r"\((?:photo|image|picture) credit should read [^()]{2,80}\)$", re.I)
# A picture's credit in brackets that says so: "(Reuters pic)", "(Bernama photo)"
_PIC_CREDIT = re.compile(r"\((?:[A-Z][\w.&'’-]*\s){1,3}(?:file\s)?(?:pic|pics|photo)\)$")
# The ABC's credit glued to its caption's stop: the outlet, a colon, the photographer ("…
# currently banned.(ABC News: Jane Roe)", "(Reuters: Kim Kyung-Hoon)", "(Supplied: Department of
# Defence)")
_LABELLED_PHOTOGRAPHER = re.compile(
    r"[.!?]\s?\((?P<source>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}):\s?"
    r"[A-Z][\w.'’-]*(?: (?:of |and |the )?[A-Z][\w.'’-]*){1,3}\)$"
)
# A caption's credit in brackets, a name of up to four capitalised words after no stop: "Abe and
# Putin attend a joint press conference (Daily News)"
_NAMED_CREDIT = re.compile(r"[^.!?]\s\((?:[A-Z][\w.&'’-]*\s?){1,4}\)$")
# Reuters' note of when its picture was taken, closing a caption (perhaps before the credit):
# "… on Japan's northern island of Hokkaido April 12, 2022. Picture taken April 12, 2022."
_PICTURE_TAKEN = re.compile(rf"\. Picture taken (?:on )?{patterns.WRITTEN_DATE}\.(?:\s|$)")
# The day a picture was taken, with its year, inside a caption's sentence: "Former residents
# board a chartered airplane at Nakashibetsu airport in Hokkaido on July 22, 2018, to visit …"
_PICTURE_DAY = re.compile(rf"\bon {patterns.WRITTEN_DATE}, [a-z]")
# The photographer's name after the caption's stop: "…, pictured at Hanasaki Port. Christopher
# June"
_PHOTOGRAPHER_NAME = r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}"
_CLOSING_NAME = re.compile(rf"[.!?]\s+{_PHOTOGRAPHER_NAME}$")
# … or in brackets, as the Asahi prints it: "… in the Diet building on Oct. 5. (Koichi Ueda)"
_BRACKETED_NAME = re.compile(rf"[.!?]\s+\({_PHOTOGRAPHER_NAME}\)$")
# … or an agency's name there, in capitals or not: "… claimed by both Japan and Russia. AP", "…
# Russia May 24, 2018. REUTERS"
_CLOSING_AGENCY = re.compile(
    r"[.!?]\s+(?:AP|AFP|EPA|TASS|Reuters|REUTERS|Kyodo|KYODO|Xinhua|XINHUA|Sputnik|SPUTNIK|"
    r"GETTY IMAGES|Getty Images)$"
)
# … or after a bar there, as TRT World prints it: "… the Japanese fishing agency says. / Reuters"
_BARRED_AGENCY = re.compile(
    r"[.!?]\s+/\s?(?:AP|AFP|AA|EPA|TASS|Reuters|Kyodo|Xinhua|Sputnik|Getty Images)(?: Archive)?$"
)
# Credits in capitals after the caption's stop: "… in Singapore on Wednesday. KYODO NEWS/GETTY
# IMAGES"
_CAPITALS_CREDIT = re.compile(r"[.!?]\s+[A-Z][A-Z .'’&-]{1,30}/\s?[A-Z][A-Z .'’&-]{1,30}$")


# A copyright notice of any length: "Copyright (c) 2018 Yonhap News Agency prohibits its
# content from being redistributed …", "… Copying articles to share with others is a breach of
# FT.com T&Cs and Copyright Policy."
_COPYRIGHT_NOTICE = re.compile(r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)))", re.IGNORECASE)
_RIGHTS_TERMS = re.compile(
    r"\b(?:is|are) (?:a breach|an infringement) of\b.{0,60}?\b(?:copyright|terms|T&Cs)|"
    r"\b(?:reproduction|redistribution|republication|copying)\b[^.]{0,60}\b(?:is|are) "
    r"(?:strictly )?(?:prohibited|forbidden|not permitted)|\bwithout (?:the )?(?:prior )?written "
    r"permission\b|\bprovide an? (?:active )?hyperlink to the original\b|"
    r"\b(?:stories|content) offered to subscribers\b|"  # a wire's teaser of its subscription
    # the AP's: "This material may not be published, broadcast, rewritten or redistributed."
    r"\bmay not be (?:[\w-]+,? ){1,4}or (?:re)?distributed\b|"
    # a copy's: "The rights to this material belong to", "The material is placed by the
    # copyright holder in the public domain"
    r"^the rights to (?:this|the) material belong to\b|"
    r"\bby the copyright holder in the public domain\b|"
    # "All third-party content on this website … will remain the property of their respective
    # owners", "All trademarks are the property of their respective owners."
    r"\b(?:is|are|remains?)\b[\w ]{0,30}\bproperty of (?:their|its) respective owners\b|"
    # a blog's fair-use note: "The content … posted on this blog copyrights to their original
    # owners and herein blogged in good faith for the purpose of commentary …"
    r"\bcopyrights? (?:belongs? )?to (?:their|its) (?:original|respective) owners\b",
    re.IGNORECASE,
)


def is_copyright_notice(line: str) -> bool:
    """A line that opens with a copyright sign ("©", "(c)", "Copyright (c)") or states the terms
    of reuse ("… is a breach of … Copyright Policy", "reproduction … is prohibited", "… may not
    be published, broadcast, rewritten or redistributed", "… are the property of their
    respective owners", a blog's "… copyrights to their original owners …"), up to 80 words."""
    # the words first, a quick test on every paragraph: "permission", "prohibited", "breach" …
    hinted = "ermi" in line or "rohibit" in line or "breach" in line or "orbidden" in line
    hinted = hinted or "infringement" in line or "hyperlink" in line or "subscribers" in line
    hinted = hinted or "distributed" in line or "rights to" in line or "copyright holder" in line
    hinted = hinted or "respective owners" in line or "original owners" in line
    terms = hinted and _RIGHTS_TERMS.search(line)
    return bool(_COPYRIGHT_NOTICE.match(line) or terms) and n_words(line) <= 80


# A site's notice of any length that is not the story's: a cookie-consent wall ("We value your
# privacy. We and our partners store and/or access information on a device …") or a paywall's
# ("This article is for our subscribers.", "To continue reading, please subscribe to …") or a
# subscription's commenting terms.
_SITE_NOTICE = re.compile(
    r"^we value your privacy\b|\bwe and our (?:\d+ )?partners (?:may )?(?:store|use|process)\b"
    r".{0,80}\b(?:cookies|personal data|information on (?:a|your) device|geolocation)\b|"
    r"\bclick to consent\b|"
    # "This website uses cookies so that we can provide you with the best user experience …"
    r"(?:^|[.!?]\s+)this (?:web ?)?site uses cookies\b|"
    r"\bcookie information is stored in your browser\b|"
    # "… By continuing to browse this site, you are giving your permission for the use of
    # cookies.", and the notice's label: "Enabling cookies"
    r"\bby continuing to (?:browse|use) this (?:web ?)?site\b.{0,60}\bcookies\b|^enabling cookies$|"
    r"^this (?:article|story|content) is (?:only )?(?:available )?for (?:our )?(?:paid )?"
    r"(?:subscribers|members)\b|"
    r"^to (?:continue|keep) reading\b.{0,60}\b(?:subscribe|log ?in|sign ?in|register)\b|"
    r"^you have reached your (?:limit|maximum) of (?:free )?(?:articles|stories)\b|"
    # "With your current subscription plan you can comment on stories. However, …"
    r"^with your current subscription(?: plan)?\b.{0,40}\bcomment\b|"
    # a donation appeal: "Enjoying ad-free content?", "… we have disabled all ads …", "Your
    # support can help us fill the gap.", "Our journalism is banned in Russia. We need your help …"
    r"^enjoying (?:an? )?ad-free\b|\bwe have (?:disabled|removed) (?:all )?ads\b|"
    r"^(?:this commitment costs us\b.*\b)?your support (?:can|will) help (?:us|keep|fund)\b|"
    r"^our journalism is banned\b|^we need your (?:help|support) to\b|"
    r"^independent journalism isn[’']t dead\b|"  # "… You can help keep it alive."
    r"^(?:…\s*|\.{3}\s*)?we have a small (?:favou?r|request) to ask\b|"  # its opening
    # a paywall: "To have fuller access to the Kyodo News website, it is necessary to subscribe."
    r"^to have (?:fuller|full|unlimited) access to\b.{0,60}\bsubscribe\b|"
    # "The material on this page is available to AustLit subscribers. If you are a subscriber …,
    # please log in to gain full access."
    r"^the (?:material|content) on this page is (?:only )?available to\b.{0,40}\bsubscribers\b|"
    # a subscriber's billing warning over the story: "We have noticed that there is an issue with
    # your subscription billing details.", "Please update your billing information", "Your
    # subscription will end shortly"
    r"\bissue with your (?:subscription )?(?:billing|payment) details\b|"
    r"^please update your (?:billing|payment) (?:details|information)\b|"
    r"^the subscription details associated with this account\b|"
    r"^your subscription (?:will end|has ended|(?:will )?expires?|is about to end)\b|"
    # a site's disclaimer over its documents: "… The contents of this website do not reflect
    # the views of the Government. Links to external sites …"
    r"\bthe contents? of this (?:website|site|page) (?:do|does) not (?:necessarily )?reflect "
    r"the views?\b|"
    # … and a repository's over a document it holds: "This is not a UNHCR publication. UNHCR
    # is not responsible for, nor does it necessarily endorse, its content."
    r"\bis not responsible for,? nor does it (?:necessarily )?endorse\b|"
    # a site's warning over what Russia's media say: "The reports from Russian and Belarusian
    # media outlets or government representatives are often propaganda-infused. …"
    r"^(?:the )?reports from russian (?:and belarusian )?media\b.{0,80}\bpropaganda\b|"
    # a machine translation's notice: "This text is translated into Russian by google …",
    # "EastRussia is not responsible for any mistakes in the translated text.", "Please refer to
    # the text in Russian as a source."
    r"^this (?:text|article) (?:is|was|has been) (?:automatically |machine[- ])?translated\b|"
    r"\bis not responsible for (?:any )?(?:mistakes|errors|inaccuracies) in the translat|"
    r"^please refer to the (?:text|original) in \w+ as (?:a|the) source\b|"
    # "The English, Chinese, Japanese, Arabic, and French versions are automatically generated by
    # the AI. So there may still be inaccuracies in translating, …"
    r"\bversions? (?:is|are) (?:automatically |machine[- ])?(?:generated|translated) by "
    r"(?:the )?(?:ai|machine|google)\b|"
    # a repository's and a publisher's: "This Honors Thesis-Open Access is brought to you for
    # free and open access by …", "Printed from Oxford Research Encyclopedias, … Under the terms
    # of the licence agreement, an individual user may print out a single article …"
    r"^this [\w -]{1,40} is brought to you for free and open access by\b|"
    r"^printed from [\w ,.&:-]{3,80}\. under the terms of the licence agreement\b|"
    # RFE/RL's warning to its readers in Russia: "If you are in Russia … please note that you
    # could face fines or imprisonment for sharing, liking, commenting on, or saving our content"
    r"\byou could face fines or imprisonment for (?:sharing|liking|commenting|reading)\b|"
    # a parliament's note on its record's other formats: "Note: Where available, the PDF/Word
    # icon below is provided to view the complete and fully formatted document"
    r"\b(?:pdf|word)(?:/(?:pdf|word))? icons? (?:below |above )?(?:is|are) provided to (?:view|"
    r"download)\b|"
    # a wiki's old revision: "This is an old revision of this page, as edited by … (talk |
    # contribs) at 02:52, 15 September 2021 …"
    r"^this is an old revision of this page\b|"
    # an ad blocker's notice: "Unable to view this article?", "It looks like you're using an ad
    # blocker.", "To enjoy our content, please include … on your ad-blocker's list of approved
    # sites.", "This could be due to a conflict with your ad-blocking …", "Please add example.com
    # to your list of allowed sites.", "If this does not resolve the issue or you are unable to add
    # the domains …", "We humbly apologize for the inconvenience.", "Thank you for supporting our
    # journalism."
    r"^(?:unable|can[’']?t|cannot) (?:to )?view this (?:article|story|page)\?$|"
    r"^it looks like you[’']?(?:re| are) using an ad[- ]?blocker\b|"
    r"\bon your ad[- ]?blocker[’']?s? list of approved sites\b|"
    r"^this could be due to a conflict with your ad[- ]?blocking\b|"
    r"^please add [\w.-]+\.[a-z]{2,}(?: and [\w.-]+\.[a-z]{2,})? to your list of allowed sites\b|"
    r"^if this does not resolve the issue or you are unable to add the domains\b|"
    r"^we (?:humbly |sincerely )?apologi[sz]e for the inconvenience\.?$|"
    r"^thank you for supporting our journalism\.?$|"
    # a newspaper's warning that the story is old: "This article is more than 12 years old"
    r"^this (?:article|story|content|page|post) is (?:more than|over) (?:a|an|one|\d+) "
    r"(?:years?|months?|weeks?|days?) old\.?$",
    re.IGNORECASE,
)


# A section's pitch of its own coverage, under the section's name: "Find top stories and features
# from Asia and the Pacific region. Keep updated on major political stories … All you want to
# know about China, Japan, …" (each sentence of it)
_COVERAGE_PITCH = re.compile(
    r"(?:(?:Find|Get|Discover|Explore|Read|Follow|Keep (?:up|updated)|Stay (?:up|updated|informed))"
    r"\b[^.!?]{0,150}?\b(?:stories|news|coverage|features|analys[ie]s|updates|headlines)\b|"
    r"All you (?:want|need) to know about\b)[^.!?]{0,200}[.!]"
)


def is_coverage_pitch(line: str) -> bool:
    """A section's pitch of its own coverage, of up to four sentences and 70 words, every one a
    pitch ("Find top stories and features from Asia … Keep updated on major political stories
    … All you want to know about China, Japan, …"), reporting no one's words ("Stay up to date
    …, the governor told the islanders." is the story's)."""
    if n_words(line) > 70 or line[:1] not in "FGDERKSA" or reports_speech(line):
        return False
    sentences = re.split(r"(?<=[.!])\s+", line.strip())
    return (
        len(sentences) <= 4
        and all(_COVERAGE_PITCH.fullmatch(s) for s in sentences)
        and any(not s.startswith("All you") for s in sentences)  # one bids the reader: "Find …"
    )


def is_site_notice(line: str) -> bool:
    """A cookie-consent, paywall, billing, donation, ad-blocker or machine-translation notice of
    up to 100 words ("We value your privacy. We and our partners store and/or access information
    on a device …", "This website uses cookies …", "This article is for our subscribers.",
    "Please update your billing information", "Your support can help us fill the gap.", "… we
    have a small favor to ask.", "Unable to view this article?", "It looks like you're using an
    ad blocker.", "This text is translated into Russian by google …", a wiki's "This is an old
    revision of this page, …", a
    newspaper's "This article is more than 12 years old", a site's disclaimer: "… The contents of
    this website do not reflect the views of the Government. …", "The reports from Russian …
    media … are often propaganda-infused."), or that the story has expired
    (`is_expired_notice`), or a section's pitch of its own coverage (`is_coverage_pitch`)."""
    if is_coverage_pitch(line):
        return True
    hinted = "partners" in line or "privacy" in line or "consent" in line or "subscri" in line
    hinted = hinted or "reading" in line or "reached your" in line or "ad-free" in line
    hinted = hinted or " ads" in line or "our support" in line or "your help" in line
    hinted = hinted or "banned" in line or "translat" in line or "refer to the" in line
    hinted = hinted or "journalism" in line or "open access" in line or "licence agreement" in line
    hinted = hinted or "imprisonment" in line or "icon" in line or "old revision" in line
    hinted = hinted or "billing" in line or "payment" in line or " old" in line
    hinted = hinted or "to ask" in line or "reflect the view" in line or "ad-block" in line
    hinted = hinted or "ad block" in line or "allowed sites" in line or "inconvenience" in line
    hinted = hinted or "the domains" in line or "cookie" in line or "propaganda" in line
    hinted = hinted or "view this" in line or "endorse" in line
    if not hinted and ("expired" in line or "longer available" in line):
        return is_expired_notice(line)
    return hinted and n_words(line) <= 100 and bool(_SITE_NOTICE.search(line))


# That the story is gone from the page, only its readers' comments left: "The requested article
# has expired, and is no longer available. Any related articles, and user comments are shown
# below."
_EXPIRED = re.compile(
    r"^(?:the|this) (?:requested |original )?(?:article|story|page|content)(?: you requested)?"
    r" (?:has expired|is no longer available|has been removed)\b",
    re.IGNORECASE,
)


def is_expired_notice(line: str) -> bool:
    """A notice of up to 40 words that the story has expired and is gone from the page."""
    return n_words(line) <= 40 and _EXPIRED.match(line) is not None


# "… in this image released by the Russian Defense Ministry. (Russian Defense Ministry)": the
# picture beside the text, and its source in brackets
_SHOWN_PICTURE = re.compile(
    r"\bin (?:this|an?) (?:undated |handout |file )?(?:image|photo(?:graph)?|picture|"
    r"video (?:grab|still)|still image|screen ?grab)\b(?: \w+){0,3}? (?:released|provided|"
    r"taken|made available|distributed|obtained|posted|published|shared)\b",
    re.IGNORECASE,
)
# "Iturup island. Picture: Sergei Krasnoukhov": a caption, then its credit (a name or a site's
# address: "… Pictures: agaa.ru")
_PICTURE_CREDIT = re.compile(
    # "… Photo: iStock / Getty", "… File photo: AFP" (the SCMP's), "… Photo credit: J. Roe"
    r"[.!?]\s+(?:(?:Picture|Photo(?:graph)?|Image)s?(?: credits?)?|File (?:photo|picture|image))"
    r"\s*:\s*"
    r"(?:(?:[A-Z]|i[A-Z])[\w .,'’/&-]{1,60}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$|"
    # in square brackets, its label closed by a colon or a stop: "… in some places. [Photo
    # credit: J. Roe.]", "[Photo credit. J. Roe.]"
    r"[.!?]\s+\[(?:Picture|Photo(?:graph)?|Image)s?(?: credits?)?\s*[:.]\s*"
    r"[A-Z][\w .,'’/&-]{1,60}\]$|"
    # "… meets the Japanese delegation. Photo courtesy of Sakhalin region press office"
    r"[.!?]\s+(?:Picture|Photo(?:graph)?|Image)s?\s+courtesy(?: of)?\s+\w[\w .,'’/&-]{1,60}$|"
    # "A meeting between Vladimir Putin and Abe Shinzō. Courtesy of Kremlin.ru."
    r"[.!?]\s+Courtesy of\s+(?:the\s+)?[A-Z][\w.,'’/&-]*(?:\s+[A-Z][\w.,'’/&-]*){0,4}\.?$|"
    # "… in Moscow on January 22, 2019. Photo by AFP": a name of up to four capitalised words, or
    # a name and an outlet, perhaps glued to the stop ("… Russia.Images by James Griffiths/The
    # Globe and Mail"), perhaps a file or pool picture ("… World War II. File Pool Photo by
    # Alexander Zemlianichenko/EPA")
    r"[.!?]\s+(?:Picture|Photo(?:graph)?|Image)s?\s+by\s+[A-Z][\w.'’/&-]*(?:\s+[A-Z][\w.'’/&-]*){0,3}$|"
    r"[.!?]\s*(?:(?:File|Pool)\s+){0,2}(?:Picture|Photo(?:graph)?|Image)s?\s+by\s+"
    r"(?:[A-Z][\w.'’&-]*\s+){0,3}"
    r"[A-Z][\w.'’&-]*\s*/\s*[A-Z][\w.'’&-]*(?:\s+(?:[A-Z][\w.'’&-]*|and|of|the)){0,5}$|"
    # "… talks on a peace treaty. (photo: Russian Ministry of Defense)", or after a name alone:
    # "Volodymyr Zelenskyy (Photo:Office of the President)"
    r"[.!?]\s+\((?i:picture|photo(?:graph)?|image)s?\s*(?::|\bby\b)\s*[A-Z][^()]{1,60}\)$|"
    r"^[^.!?()]{1,80}\s\((?i:picture|photo(?:graph)?|image)s?\s*(?::|\bby\b)\s*[A-Z][^()]{1,60}\)$|"
    # the East Asia Forum's, one sentence with the credit in brackets before its stop: "… in
    # Moscow, Russia, 22 January 2019 (Photo: Reuters/Alexei Druzhinin)."
    r"^[^.!?]{1,400}[^.!?\s]\s\((?i:picture|photo(?:graph)?|image)s?\s*:\s*[A-Z][^()]{1,60}\)\.$|"
    # "… disputed Kunashiri Island. Photo - AP Photo/RIA Novosti Kremlin, Mikhail Klimentyev, pool"
    r"[.!?]\s+(?:Picture|Photo(?:graph)?|Image)s?\s+[-–—]\s+[A-Z][\w .,'’/&-]{1,80}$|"
    # "Onekotan Island - Courtesy Christopher Robin at Skyscraper City"
    r"\s[-–—]\s+Courtesy(?: of)?\s+(?:the\s+)?[A-Z][\w .,'’/&-]{1,80}$|"
    # a name, then its credit after a slash: "Deputy Minister … Ruslan Tsalikov / Photo:
    # function.mil.ru"
    r"^[^.!?/]{3,120}\s/\s(?:Picture|Photo(?:graph)?|Image)s?\s*:\s*"
    r"(?:[A-Z][\w .,'’&-]{1,60}|[a-z0-9-]+(?:\.[a-z0-9-]+)+)$|"
    # "… was hit by the tsunami - Photo: AFP" (a credit after a dash, no stop before it)
    r"[^.!?\s]\s[-–—]\s+(?:Picture|Photo(?:graph)?|Image)s?\s*:\s*[A-Z][\w .,'’/&-]{1,60}$"
)
# A person's place in the picture ("Dmitry Medvedev, right, visits …", "Medvedev (R) and …"),
# in a caption of up to 40 words that reports no one's words, with caption words, a closing bar
# ("… in front of a church on Kunashiri Island. |") or a closing date ("…, Russia, 01 Nov 2010")
_IN_PICTURE = re.compile(
    r"\((?:L|R|C|2nd [LR]|left|right|center|centre)\)|"
    r", (?:left|right|center|centre|(?:second|third) (?:from )?(?:left|right)),"
)
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")
# Who stands where, a caption's way of naming the people in the picture: "From left to right:
# Commander …", "(from left)"
_LEFT_TO_RIGHT = re.compile(
    r"(?:^|[.:]\s+)(?:[Ff]rom )?[Ll]eft to right:|\((?:[Ff]rom left|[Ll]eft to right)\)"
)
_CAPTION_PARTICIPLES = re.compile(
    r"\b(?:gesturing|speaking|smiling|talking|listening|waving|walking|looking on|holding|"
    r"sitting|standing|posing|arriving|shaking hands|signs|sign)\b"
)
_CLOSING_DATE = re.compile(rf"\b{patterns.WRITTEN_DATE}\.?$")
# The AP's file picture, named so in its caption: "… in this recent undated file photo."
_IN_THIS_PHOTO = re.compile(r"\bin this (?:[\w-]+ ){0,4}(?:photo|picture|image)\b", re.IGNORECASE)
# The AP's caption, closing on the picture's place, weekday and date: "… in Zhukovsky, outside
# Moscow, Russia, Friday, July 21, 2017." (a sentence says "on Friday, July 21")
_AP_CAPTION_DATE = re.compile(rf"[A-Za-z], {patterns.WEEKDAY}, {patterns.WRITTEN_DATE}\.?$")
# Where one sentence ends and the next begins: a word of two lower-case letters or more, its
# stop, a capital ("… the two countries. Japan did not …"; not "U.S. Navy")
_SENTENCE_BREAK = re.compile(r"[a-z]{2}[.!?][\"”’']? [A-Z]")
# China Daily's credit in square brackets closing a caption: "… on April 14, 2017.
# [Photo/Agencies]", "[Photo/Xinhua]", "[Photo provided to China Daily]", and Asia Economy's:
# "… on his X account. [Image source=X]"
_BRACKETED_PHOTO = re.compile(
    r"\[(?:Photo|Image|Graphic)s?(?:\s*/\s*[A-Z][\w .&'’-]{1,40}|"
    r" provided to [A-Z][\w .&'’-]{1,40}| source\s*[=:]\s*[A-Z][\w .&'’/-]{0,40})\]$"
)
# An agency's name alone in square brackets after the caption's stop: "… Putin. [Reuters]"
_AGENCY_IN_SQUARE_BRACKETS = (
    r"\[(?:Reuters|AFP|AP|Xinhua|Kyodo|EPA|Getty Images|TASS|Sputnik|Agencies)\]$"
)
_BRACKETED_AGENCY = re.compile(r"\. " + _AGENCY_IN_SQUARE_BRACKETS)
# or right after the caption's last word, as Al Jazeera printed it: "… due to the island dispute
# [AFP]" (a paragraph ends on its stop)
_UNSTOPPED_BRACKETED_AGENCY = re.compile(r"[a-z0-9] " + _AGENCY_IN_SQUARE_BRACKETS)
# A picture's copyright credit in brackets closing its caption: "… on February 2, 2023. (©
# Kyodo)", "(© Sankei by Mina Terakouchi)"
_BRACKETED_COPYRIGHT = re.compile(r"\(©\s*[A-Z][^()]{1,60}\)$")
# TASS's caption opening on its place and day in capitals: "PRIMORYE TERRITORY, RUSSIA - SEPTEMBER
# 18, 2019: Russian border guards detain …"
_PLACE_AND_DAY_CAPTION = re.compile(
    r"[A-Z][A-Z .,'’-]{2,60} - (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
    r"OCTOBER|NOVEMBER|DECEMBER) \d{1,2}, (?:19|20)\d\d: [A-Z\"“]"
)
# When and where the picture was taken, in brackets closing its caption: "… relief supplies.
# (Photographed on March 18 in Kesennuma City, Miyagi Prefecture)"
_MONTH_YEAR_NOTE = re.compile(rf"[.!?]\s+\((?:{patterns.MONTH})\.?\s+(?:19|20)\d\d\)$")
_TAKEN_NOTE = re.compile(r"\((?i:photographed|(?:photo(?:graph)?|picture) taken)\b[^()]{0,100}\)$")
# A note in brackets on the page's picture: "(Cover: Japan's Prime Minister Yoshihide Suga (L) and
# Russian President Vladimir Putin.)"
_PICTURE_NOTE = re.compile(r"\((?i:cover|top|main|header|lead)(?: (?:photo|image|picture))?\s*:\s")
# A map's, chart's or photograph's caption: "Map of Four Main Islands in Northern Territories.
# Hokkaido's …", "Photograph of the Prime Minister delivering an address at … 2"
_MAP_CAPTION = re.compile(
    r"(?:An? )?(?:Map|Chart|Graphic|Infographic|Photo(?:graph)?) "
    r"(?:of|showing|including|indicating)\s|"
    r"Cover (?:art|image|photo) (?:for|of)\s|"  # a podcast's: "Cover art for The Foreign Desk"
    # a video's still: "Video screenshot of Jane Roe during a press conference …"
    r"(?:An? )?(?:Video )?(?:[Ss]creenshot|[Ss]creen ?grab) (?:of|from)\s|Video still (?:of|from)\s"
)
# A photographer's credit closing a caption, the name before a slash, in round or square brackets,
# perhaps labelled a file picture: "(Vadim Savitsky/Russian Defense Ministry Press Service via
# AP)", "[Nikolay Korzhov/Al Jazeera]", "[File: Kim Kyung-Hoon/Reuters]"
_PHOTOGRAPHER = r"(?:File: )?(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+\s?/\s?[A-Z]"
_PHOTOGRAPHER_CREDIT = re.compile(
    rf"(?:\({_PHOTOGRAPHER}[^()]{{1,80}}\)|\[{_PHOTOGRAPHER}[^\[\]]{{1,80}}\]|"
    # a press service's picture that an agency sends: "(Russian Defense Ministry Press Service
    # via AP)"
    r"\([A-Z][^()]{2,60} via (?:AP|Reuters|AFP|Getty Images)\)|"
    # an outlet's initials, then its photographer: "(ANJ/Pierre Boutier)"; a news agency, then its
    # photographer or the picture agency: "(Xinhua/Bai Xueqi)", "(Xinhua/SIPA)"
    r"\([A-Z]{2,6}/(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+\)|"
    r"\((?:Xinhua|Kyodo|Jiji|Yonhap|Sputnik|Bernama|Antara)/"
    r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}\))$"
)
# The same credit closing a caption with no brackets: "Russian Prime Minister Dmitry Medvedev
# Alexander Astafyev/POOL/TASS"; after the caption's stop, only the picture's agency and the one
# that sent it ("… the Northern Territories. Jae C. Hong / AP / TASS"), or a press service and
# the agency ("… Press service of the Russian Defense Ministry / TASS"), not a reporter's
# sign-off ("… reporters. Ivan Petrov/TASS")
_CREDIT_AGENCY = r"(?:TASS|AP|AFP|Reuters|REUTERS|Sputnik|RIA Novosti|EPA|Kyodo|Getty Images)"
_CLOSING_PHOTOGRAPHER = re.compile(
    rf"(?:[^.!?]\s(?:[A-Z][\w'’-]+ ){{1,2}}[A-Z][\w'’-]+/(?:POOL/)?{_CREDIT_AGENCY}|"
    rf"[.!?]\s(?:[A-Z][\w'’-]*\.? ){{1,2}}[A-Z][\w'’-]+ ?/ ?(?:POOL|{_CREDIT_AGENCY})"
    rf" ?/ ?{_CREDIT_AGENCY}|"
    # or a press service's: "… World War II. Press service of the Russian Defense Ministry / TASS"
    r"[.!?]\s(?:[Pp]ress [Ss]ervice of (?:the )?[A-Z][\w'’ -]{2,60}|[A-Z][\w'’ -]{2,60} "
    rf"[Pp]ress [Ss]ervice) ?/ ?{_CREDIT_AGENCY})$"
)
_FILE_PHOTO = re.compile(
    r"^FILE(?: PHOTO)?\s*[-–—:]\s|^(?i:photo|image|picture)s?\s*(?::|/\s*\w+\s).*\)$|"
    r"^\((?i:photo|image|picture)(?: \d{1,2})?\) [A-Z]"  # the picture's number: "(Photo 1) …"
)
# The AP's opening of a caption: "In this Aug. 29, 2017, file photo, Japan Air Self-Defense Force …"
_AP_PHOTO_OPENING = re.compile(
    rf"In this (?:{patterns.WRITTEN_DATE},? )?(?:file |handout |undated )?(?:photo|image|picture)"
    r"(?: taken| released| provided)?\b"
)
# "… March 18, 2022 © Mikhail Klimentyev, AFP", "… power plant and the market© Photo: Russian
# geographical society/Andrei Gorban"
_TRAILING_COPYRIGHT = re.compile(r"(?:\s|(?<=[a-z]))©\s*(?:Photo:\s*)?[\w .,'’/-]{2,60}$")
# "… shake hands in Tokyo on Friday. | KYODO", "… | ERIC JOHNSTON" (The Japan Times)
_PIPED_CREDIT = re.compile(r"\s\|\s*[A-Z][A-Z .'’&/-]{1,40}$")
_TRAILING_PHOTO_CREDIT = re.compile(
    r"\b(?:(?:FILE |ST )?PHOTOS?|CREDIT)\s*:\s*[A-Z][\w .'’/-]{1,40}$"  # "… Thursday CREDIT: AFP"
    r"|\.\s+Photo\s*/\s*[A-Z][\w .'’-]{1,40}$"  # "… and Vladimir Putin. Photo / AP" (NZ Herald)
    # "… in the Kremlin in Moscow, Russia. Kremlin Press Service"
    r"|\.\s+(?:[A-Z][\w'’-]*\s){1,3}Press (?:Service|Office)$"
    # "… since World War II.| Photo: EFE / EPA / SERGEY GUNEEV / KREMLIN POOL / SPUTNIK"
    r"|[.!?”\"]\s*\|\s*(?:Photo|Image|Picture|Foto)s?\s*:\s*[A-Z][\w .'’/&-]{1,80}$"
    # "Vladimir Burkanov Vladimir Burkanov Photo: Chris Burkard" (an alt text, its caption, then
    # the photographer's name)
    r"|\S\s+Photo:\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}$"
    # "… seen from the International Space Station - Wikipedia"
    r"|\s[-–—|]\s*(?:Wikipedia|Wikimedia(?: Commons)?)$"
)


# An embedded post of any length, with the signature of its author, handle and date: "… treaty.
# https://t.co/… #japan — Kyodo News | Japan (@kyodo_english) November 22, 2019"
_EMBEDDED_POST = re.compile(
    r"[—–]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d|"
    r"\d{1,2} [A-Z][a-z]{2,8}\.? (?:19|20)\d\d)$"
)


def is_embedded_post(line: str) -> bool:
    """A social-media post embedded in the page, ending in its signature ("— Kyodo News | Japan
    (@kyodo_english) November 22, 2019"), up to 100 words."""
    return "(@" in line and n_words(line) <= 100 and bool(_EMBEDDED_POST.search(line))


def reports_speech(line: str) -> bool:
    """Whether `line` reports someone's words ("said", "told", "according to"): a story's
    sentence, not a caption."""
    return bool(_REPORTED.search(line))


def ends_in_picture_credit(line: str) -> bool:
    """Whether `line` ends in its picture's credit after a stop ("… Missiles. Picture: PA")."""
    return bool(_PICTURE_CREDIT.search(line))


def ends_in_a_date(line: str) -> bool:
    """Whether `line` ends in a full date, as a caption dates its picture ("…, 01 Nov 2010",
    "…, August 22, 2015.")."""
    return bool(_CLOSING_DATE.search(line))


def ends_in_piped_credit(line: str) -> bool:
    """Whether `line` ends in a credit in capitals after a bar ("… in 2016 | REUTERS")."""
    return "|" in line and bool(_PIPED_CREDIT.search(line))


# A credit after a dash closing a line: "… vertical landings - Kyodo News"
_DASH_CREDIT = re.compile(r"\s[-–—]\s+(?:Credit:\s*)?(?P<credit>[A-Z][\w .&'’/-]{1,40})$")


def is_doubled_caption(line: str) -> bool:
    """Whether `line`, printed twice in a row, is a picture's caption (its text and its alt
    text): with caption words or 20 words or more, it ends in a dash naming a known outlet ("…
    capable of short take-offs and vertical landings - Kyodo News", not a page title: "Japan will
    have to postpone negotiations … - Hokkaido Shimbun"), or it is a sentence of eight words or
    more with caption words ("The coast of Kunashir is seen in this undated photo."); a headline
    printed twice has no stop. (One ending in a credit after a bar, "… | REUTERS", printed twice
    anywhere on the page, is `clean`'s.)"""
    if (
        (credit := _DASH_CREDIT.search(line))
        and (n_words(line) >= 20 or has_caption_words(line))
        and outlets.known_outlets(credit["credit"])
    ):
        return True
    return line.endswith(".") and n_words(line) >= 8 and has_caption_words(line)


def _piped_caption(line: str) -> bool:
    """A sentence with caption words, then a bar and a credit in capitals ("… on Friday. |
    KYODO"), its stop perhaps left out when it runs to 15 words or more ("A salmon and trout
    fishing boat is seen at a fishing port in Nemuro, … in April 2016 | AP"); a page title
    ("Abe and Putin attend summit | NHK") has no stop before its bar, and fewer words; or any
    sentence of 15 words or more before a news agency's credit ("Fishermen repair nets on the
    shore of … by Moscow. | REUTERS")."""
    credit = _PIPED_CREDIT.search(line)
    caption = line[: credit.start()].rstrip() if credit else ""
    if credit and caption.endswith(".") and n_words(caption) >= 15:
        agencies = outlets.known_outlets(credit.group(0))
        if any(agency in outlets.AGENCIES for agency in agencies):
            return True
    return (caption.endswith(".") or n_words(caption) >= 15) and bool(
        _CAPTION_WORDS.search(caption) or _PLURAL_CAPTION_WORDS.search(caption)
    )


_PICTURE_PLACE = re.compile(rf"\b{patterns.PICTURE_PLACE}\b")
# A coloured area of a map, as its legend names it: "the red-shaded area", "the dark grey area"
_MAP_AREA = re.compile(
    r"\b(?:dark |light |pale )?(?:grey|gray|red|blue|green|yellow|orange|pink|purple|brown)"
    r"(?:-shaded| shaded)? areas?\b"
)
# What the picture shows and where it was taken from: "The northern territories as seen from
# above the Nemuro Peninsula …", "Matua Island as seen from Raikoke."
_SEEN_FROM = re.compile(r"[A-Z][^,;:.!?]{2,80}? as seen from\b")


def labelled_photographer(line: str) -> bool:
    """Whether `line` closes on a photographer's name under an outlet's label, glued to its stop
    ("… currently banned.(ABC News: Jane Roe)", `_LABELLED_PHOTOGRAPHER`): the outlet one kurils
    knows, or a picture a source supplied ("(Supplied: Department of Defence)")."""
    match = _LABELLED_PHOTOGRAPHER.search(line)
    return match is not None and (
        match["source"] == "Supplied" or outlets.known_outlets(match["source"]) != []
    )


# A portrait's caption: the sitter's name, two to four capitalised words, and the year
_NAME_AND_YEAR = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}, (?:1[89]|20)\d\d")
# A paper's figure, named in a few words and its source and year cited after it: "The Kuril
# Islands. (Australian National University, 2018)"
_FIGURE_SOURCE = re.compile(
    r"(?P<what>[A-Z][^.()]{2,80})\.\s+\([A-Z][^()]{1,60},\s*(?:19|20)\d\d[a-z]?\)"
)


# A known agency's name glued to the caption's first word: "Ria-NovostiPresident Dmitry Medvedev
# sharing a chuckle with … in Toyako, Japan, on Tuesday."
_GLUED_OPENING_CREDIT = re.compile(r"(?P<credit>[A-Z][\w.&-]{1,30}?)(?=[A-Z][a-z]{2,} )")
_ON_A_DAY = re.compile(patterns.ON_A_DAY_CLOSING)


def _opens_on_glued_credit(line: str) -> bool:
    """Whether `line`, of up to 40 words, opens on a known agency's name glued to its first word
    and closes on the picture's day, quoting no one: a caption under its credit."""
    glued = _GLUED_OPENING_CREDIT.match(line) if line[-1:] == "." else None
    return (
        glued is not None
        and bool(outlets.known_outlets(glued["credit"]))
        and n_words(line) <= 40
        and _ON_A_DAY.search(line) is not None
        and not reports_speech(line)
    )


def is_photo_caption(line: str) -> bool:
    """A photo caption of any length: caption words ("In this … photo", "shows", "pictured") and a
    credit in brackets at the end ("(AP Photo/…)", "(Kyodo)", "(Daily News)" closing up to 20 words)
    or in capitals after its stop ("… KYODO NEWS/GETTY IMAGES") or the photographer's name there ("…
    pictured at Hanasaki Port. Christopher June") or the agency's ("… is seen on Kunashir Island …
    Russia. AP", "… May 24, 2018. REUTERS"); the AP's opening, up to 80 words reporting no one's
    ("In this Aug. 29, 2017, file photo, …"); a picture library's credit in brackets closing up to
    60 words ("… (Getty)", "(… / EPA)"), quoting no one; Sputnik's picture card, closing on the
    agency, the picture's width and its day ("… - Sputnik International, 1920, 07.02.2023"); one
    closing on a credit an agency handed on ("… 2022. Ukrainian Presidential Press Office via
    AP"); a line of up to 15 capitalised words closing on a site's address ("Shinzo Abe and
    Vladimir Putin Kremlin.ru");
    one of up to 60 that says when the picture was seen (", as seen on March 16, 2019."),
    reporting no one's words; that credit in brackets and the picture's day and year inside the
    sentence ("… in Hokkaido on July 22, 2018, to visit …. (Kyodo)"), reporting no one's words; a
    line opening "FILE
    -", or "Photo:" and ending in brackets, or on the picture's number ("(Photo 1) Foreign Ministers
    shaking hands"); a line ending in a capitalised credit ("… Russian land.PHOTO: AFP", "… on
    Thursday CREDIT: AFP"), a caption ending in a credit after a bar ("… shake hands in Tokyo on
    Friday. | KYODO", "… the Japanese fishing agency says. / Reuters") or in a copyright credit ("…
    March 18, 2022 © Mikhail Klimentyev, AFP") or opening on one ("© RIA Novosti / Ekaterina
    Chesnokova …"), or a picture's description and its source in brackets ("… in this image released
    by the Russian Defense Ministry. (Russian Defense Ministry)") or its credit after it ("Iturup
    island. Picture: Sergei Krasnoukhov", "… in Moscow. Photo by AFP", "… (photo: Russian Ministry
    of Defense)", "… Island. Photo - AP Photo/…", "A
    meeting between … Courtesy of Kremlin.ru.") or a photographer's credit in brackets ("… (Vadim
    Savitsky/Russian Defense Ministry Press Service via AP)", "Kuril Islands [Nikolay Korzhov/Al
    Jazeera]") or after the caption's last word or stop ("… Dmitry Medvedev Alexander
    Astafyev/POOL/TASS", "… Territories. Jae C. Hong / AP / TASS", "… War II. Press service of the
    Russian Defense Ministry / TASS", up to 40 words); or a caption placing a person in
    the picture ("Dmitry Medvedev, right, visits …", "Medvedev (R) and … talk in front of a church
    on Kunashiri Island. |") or naming them from left to right ("At the airport in Dalian. From left
    to right: Commander …", up to 60 words); or the AP's, closing on the picture's place, weekday
    and date ("… outside Moscow, Russia, Friday, July 21, 2017"), or China Daily's, closing on its
    credit in square brackets ("… [Photo/Agencies]", "… [Image source=X]", or an agency's alone
    after a caption that places a person or has caption words: "… Machimura (R) delivers …
    [Reuters]", up to 60 words); or one closing on a copyright credit in brackets ("… (©
    Kyodo)") or on when the picture was taken ("… (Photographed on March 18 in
    Kesennuma City)"), or a note in brackets on the page's picture ("(Cover: … Suga (L) and …
    Putin.)"); or a map's or a photograph's, up to 30 words and reporting no one's words ("Map of
    …", "Photograph of the Prime Minister …", "Video screenshot of …"); or a line of up to 30
    words, no sentence, that places something in the picture ("…, with the Nemuro Peninsula seen
    in the lower left"), or a map's legend naming two coloured areas or more ("The dark grey area
    is Hokkaido, while the light grey area is …", up to 60 words), or where it was taken from ("The
    northern territories as seen from above the Nemuro Peninsula …", up to eight words if a
    sentence); or one whose credit the page cut off after its label ("… Sakhalin Oblast, Russia
    (source:"), or whose credit in brackets says it is a picture's ("… (Reuters pic)") or asks for
    the library's credit ("… (Photo credit should read KAZUHIRO NOGI/AFP via Getty Images)", up to
    120 words), or Reuters' closing on when it was taken ("… April 12, 2022. Picture taken April
    12, 2022.", up to 80 words); or a paper's figure, named in up to six words, its source and
    year cited after it ("Historical borders. (Proehl, 2010)"); or a portrait's name and year
    alone ("Leonid Brezhnev, 1974"); or TASS's, opening on its place and day in capitals
    ("KUNASHIR ISLAND, RUSSIA - MAY 12, 2019: Border guards …")."""
    # each test starts with a substring test, so a body paragraph costs a few of those
    if line[:1].isupper() and " - " in line[:80] and _PLACE_AND_DAY_CAPTION.match(line):
        return True
    if line.startswith("In this ") and n_words(line) <= 80 and _AP_PHOTO_OPENING.match(line):
        return not reports_speech(line)  # "In this Aug. 29, 2017, file photo, Japan Air …"
    if line[-4:].isdigit() and _NAME_AND_YEAR.fullmatch(line):
        return True  # a portrait's: "Leonid Brezhnev, 1974"
    if line[-2:-1].isdigit() and line[-1:] == ")" and (dated := _MONTH_YEAR_NOTE.search(line)):
        # one sentence, its picture's month and year in brackets after its stop: "Special grave
        # visits were conducted by airplane … Etorofu. (September 2017)"
        return (
            n_words(line) <= 40
            and line.count(". ", 0, dated.start()) == 0
            and not reports_speech(line)
        )
    if line.endswith(("(source:", "(photo:", "(image:", "(credit:")) and n_words(line) <= 40:
        return True  # its credit cut off: "…, Sakhalin Oblast, Russia (source:"
    if "credit should read" in line and n_words(line) <= 120 and _SHOULD_READ.search(line):
        return True  # Getty's: "… peace treaty.(Photo credit should read KAZUHIRO NOGI/AFP via …)"
    if "Picture taken" in line and n_words(line) <= 80 and _PICTURE_TAKEN.search(line):
        return True  # Reuters': "… Hokkaido April 12, 2022. Picture taken April 12, 2022."
    if (
        line.endswith((" pic)", " pics)", " photo)"))
        and n_words(line) <= 60
        and _PIC_CREDIT.search(line)  # "… at the Kremlin in Moscow. (Reuters pic)"
    ):
        return True
    if (
        " seen " in line
        and _PICTURE_PLACE.search(line)  # "…, with the Nemuro Peninsula seen in the lower left"
        and not ends_a_sentence(line)
        and n_words(line) <= 30
    ):
        return True
    if " area" in line and n_words(line) <= 60 and len(_MAP_AREA.findall(line)) >= 2:
        return not reports_speech(line)  # a map's legend: "… The dark grey area is Hokkaido, …"
    if (
        " as seen from " in line
        and _SEEN_FROM.match(line)  # "The northern territories as seen from above …"
        and n_words(line) <= (30 if not ends_a_sentence(line) else 8)
        and not reports_speech(line)
    ):
        return True
    bracketed = line.endswith(")")
    # a paper's figure: "Historical borders. (Proehl, 2010)"
    if bracketed and n_words(line) <= 14 and (figure := _FIGURE_SOURCE.fullmatch(line)):
        return n_words(figure["what"]) <= 6
    credited = bracketed and (
        _CLOSING_CREDIT.search(line) or (n_words(line) <= 20 and _NAMED_CREDIT.search(line))
    )
    if credited and has_caption_words(line, plural=True):
        return True
    if " via " in line and n_words(line) <= 60 and _VIA_AGENCY_CREDIT.search(line):
        return True  # "… on March 15, 2022. Ukrainian Presidential Press Office via AP"
    if line.endswith(_PICTURE_SITES) and n_words(line) <= 40 and _SITE_CREDIT.search(line):
        return True  # "The Kuril Island's caldera, Yankicha. Wikimedia Commons"
    if (
        line.endswith(_SITE_ENDINGS)
        and n_words(line) <= 15
        and _CLOSING_SITE_CREDIT.fullmatch(line)
    ):
        return True  # "Shinzo Abe and Vladimir Putin Kremlin.ru"
    if line[:1].isdigit() and " | " in line and n_words(line) <= 80 and _GALLERY_CARD.match(line):
        return True  # "1 of 3 | Japan lodged a … complaint …. File Photo by … | License Photo"
    if (
        line.startswith("Courtesy of ")
        and n_words(line) <= 40
        and ends_a_sentence(line)
        and (courtesy := _OPENING_COURTESY.match(line))
        and outlets.known_outlets(courtesy["agency"])
    ):
        return True  # "Courtesy of … / Jiji Press A Russian Navy vessel is spotted off …."
    if " as seen " in line and n_words(line) <= 60 and _AS_SEEN_ON.search(line):
        return not reports_speech(line)  # "…, as seen on March 16, 2019."
    if (
        line[-1:].isdigit()
        and n_words(line) <= 40
        and (card := _WIDTH_AND_DAY_CARD.search(line)) is not None
        and outlets.known_outlets(card.group(0))
    ):
        return True  # "… in Tokyo - Sputnik International, 1920, 07.02.2023"
    if (
        bracketed
        and n_words(line) <= 60
        and _PICTURE_LIBRARY.search(line)  # "… a standoff for 77 years. (Getty)"
        and not any(mark in line for mark in '"“”')  # no one's words quoted
    ):
        return True
    if credited and _PICTURE_DAY.search(line) and not reports_speech(line):
        return True  # a wire's caption: "… in Hokkaido on July 22, 2018, to visit …. (Kyodo)"
    if "/" in line and n_words(line) <= 60 and _BARRED_AGENCY.search(line):
        return True  # "… the Japanese fishing agency says. / Reuters": only a picture's
    if (
        "/" in line
        and _CAPITALS_CREDIT.search(line)  # "… on Wednesday. KYODO NEWS/GETTY IMAGES"
        and (_CAPTION_WORDS.search(line) or _PLURAL_CAPTION_WORDS.search(line))
    ):
        return True
    if (
        line[-1:].isalpha()
        and n_words(line) <= 60
        and (
            _CLOSING_NAME.search(line) or _CLOSING_AGENCY.search(line)
        )  # "… Port. Christopher June"
        and _CAPTION_WORDS.search(line)
    ):
        return True
    return bool(
        _FILE_PHOTO.match(line)
        or (
            (
                "PHOTO" in line
                or "CREDIT" in line
                or "Photo /" in line
                or "Photo:" in line
                or "|" in line
                or "Press " in line
                or "Wiki" in line
            )
            and _TRAILING_PHOTO_CREDIT.search(line)
        )
        or ("|" in line and _piped_caption(line))
        or ("©" in line and _TRAILING_COPYRIGHT.search(line) and not ends_a_sentence(line))
        or (line.startswith("©") and OPENING_CREDIT.match(line) is not None)
        or _opens_on_glued_credit(line)
        or (bracketed and _SHOWN_PICTURE.search(line))
        or (  # the photographer's name alone in brackets: "… on Oct. 5. (Koichi Ueda)"
            bracketed
            and n_words(line) <= 40
            and _BRACKETED_NAME.search(line) is not None
            and has_caption_words(line, plural=True)
            and not reports_speech(line)
        )
        or (bracketed and ":" in line and n_words(line) <= 60 and labelled_photographer(line))
        or (
            (bracketed or line.endswith("]"))
            and n_words(line) <= 60
            and _PHOTOGRAPHER_CREDIT.search(line)
        )
        or ("/" in line and n_words(line) <= 40 and _CLOSING_PHOTOGRAPHER.search(line))
        or (
            (
                ":" in line
                or " by " in line
                or " - " in line
                or " – " in line
                or " — " in line
                or " courtesy" in line
                or line.endswith("]")
            )
            and ("icture" in line or "hoto" in line or "mage" in line)
            and _PICTURE_CREDIT.search(line)
        )
        or (" Courtesy " in line and n_words(line) <= 30 and _PICTURE_CREDIT.search(line))
        or (("(" in line or "," in line) and _positioned_caption(line))
        or (
            "eft" in line
            and n_words(line) <= 60
            and _LEFT_TO_RIGHT.search(line) is not None
            and not reports_speech(line)
        )
        or (  # two sentences at most: not a story's paragraph closing on its day
            "day, " in line
            and _AP_CAPTION_DATE.search(line) is not None
            and len(_SENTENCE_BREAK.findall(line)) <= 1
        )
        or (  # "… on Kunashiri Island … in this recent undated file photo. Japan's … issued a
            # tsunami warning after an earthquake … hit the Kuril islands … Wednesday night, Nov.
            # 15, 2006."
            "in this " in line
            and n_words(line) <= 60
            and _IN_THIS_PHOTO.search(line) is not None
            and ends_in_a_date(line)
            and not reports_speech(line)
        )
        or (
            line.endswith("]")
            and n_words(line) <= 60
            and (
                _BRACKETED_PHOTO.search(line) is not None
                or (  # "Machimura (R) delivers a joint statement … [Reuters]"
                    _BRACKETED_AGENCY.search(line) is not None
                    and (_IN_PICTURE.search(line) is not None or has_caption_words(line))
                )
                or (n_words(line) >= 6 and _UNSTOPPED_BRACKETED_AGENCY.search(line) is not None)
            )
        )
        or (bracketed and "(©" in line and _BRACKETED_COPYRIGHT.search(line) is not None)
        or (
            bracketed
            and ("aken" in line or "aphed" in line)
            and _TAKEN_NOTE.search(line) is not None
        )
        or (bracketed and line.startswith("(") and _PICTURE_NOTE.match(line) is not None)
        or (
            # "Map of …", "A chart of …", "Graphic showing …", "Cover art …", "Video screenshot
            # of …", perhaps in a gallery's bulleted list ("• Photograph of the leaders …")
            (opening := line.removeprefix("• "))[:1] in "ACGIMPSVs"
            and _MAP_CAPTION.match(opening) is not None
            and n_words(line) <= 30
            and not reports_speech(line)
        )
    )


def _positioned_caption(line: str) -> bool:
    """A caption placing a person in the picture (`_IN_PICTURE`), with caption words, a closing
    bar or date, or a second person placed ("Kishida, center, answers questions from Renho of the
    Constitutional Democratic Party of Japan, right, during a session …", "Japanese Prime
    Minister … (L), Russian Transport Minister … (C) and …, Sakhalin Island")."""
    if n_words(line) > 40 or not _IN_PICTURE.search(line) or reports_speech(line):
        return False
    return bool(
        len(_IN_PICTURE.findall(line)) >= 2
        or _CAPTION_WORDS.search(line)
        or _PLURAL_CAPTION_WORDS.search(line)
        or _CAPTION_PARTICIPLES.search(line)
        or line.endswith("|")
        or _CLOSING_DATE.search(line)
    )


# A cross-link's label alone on its line, the linked headline on the next ("Read also"), perhaps
# with what it links to ("Related Information (Press Release)")
_LINK_LABEL = re.compile(
    r"^(?:read (?:also|more|next)|also read|see also|"
    r"related(?: articles?| stories| news| sites| links| internet links| readings?| information)?"
    r"(?: \([a-z ]{3,30}\))?|"
    r"(?:internet|external|useful) links|"
    r"more on this(?: story)?|recommended|(?:\w+ )?recommends|you (?:may|might) also like|"
    r"must[- ]reads?|"
    r"check also|"
    # a live blog's list of the site's stories on the subject: "Read our in-depth coverage:"
    r"(?:read our |more |related |full |in-depth )(?:[\w-]+ )?coverage|"
    r"most (?:read|popular|viewed)(?: (?:from|on|in) [\w. ]{2,30})?|trending(?: now| stories)?|"
    r"latest headlines|top stories|latest [a-z]+ stories|"  # "LATEST NATIONAL STORIES"
    r"featured (?:posts?|stories)|what[’']s new\??|"
    # a section's most read, its name in quotes: '"Society" POPULAR ARTICLE', "JN ACCESS RANKING"
    r"(?:[\"“][\w ]{2,30}[\"”] )?popular (?:articles?|stories|posts)|"
    r"(?:\w+ )?access ranking)\s*:?$",
    re.IGNORECASE,
)


def places_someone(line: str) -> bool:
    """Whether `line` places someone in a picture, as only a caption does: "(L)", "(left)", ",
    second from right,"."""
    return _IN_PICTURE.search(line) is not None


def has_caption_words(line: str, plural: bool = False) -> bool:
    """Words of a photo caption: "shows", "speaks at", "pictured", "FILE -", "In this … photo";
    with `plural`, also after a plural subject ("Former residents … pray at …")."""
    return bool(_CAPTION_WORDS.search(line) or (plural and _PLURAL_CAPTION_WORDS.search(line)))


# Who is pictured, then the credit after a bar: "Muneo Suzuki | Kyodo" (The Japan Times),
# "Vladmir Putin | RIA NOVOSTI / VIA REUTERS"
_NAME_PIPED_CREDIT = re.compile(
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3} \| (?P<credit>[A-Z][\w .&'’/-]{1,40})"
)


def is_credited_line(line: str) -> bool:
    """A line of up to 25 words that is no sentence and ends in a bracketed credit: a caption
    with no caption words ("Vladimir Putin and Shinzo Abe in Moscow ( Reuters )"), or a name and
    a known outlet after a bar ("Muneo Suzuki | Kyodo"). Only below a headline: above it, such a
    line may be the headline."""
    if "|" in line and (named := _NAME_PIPED_CREDIT.fullmatch(line)):
        return bool(outlets.known_outlets(named["credit"]))
    credit = _CLOSING_CREDIT.search(line)
    return (
        credit is not None
        and n_words(line) <= 25
        and not ends_a_sentence(line[: credit.start()].rstrip())
    )


def is_link_label(line: str) -> bool:
    """A cross-link's label alone on a line, the linked headline on the next ("Read also")."""
    return bool(_LINK_LABEL.match(line))


def is_credit_label(line: str) -> bool:
    """A photo credit's label alone on a line, its credit on the next ("Image copyright")."""
    return bool(_CREDIT_LABEL.match(line))


# An author's disclosure of interests, as academic outlets print it under the byline: the label
# alone on its line ("Disclosure statement", "Partners"), then the statement.
_DISCLOSURE_LABEL = re.compile(
    r"^(?:disclosure(?: statement)?|conflicts? of interests?|competing interests|"
    r"declaration of interests?|partners|funding|author[’']s declaration)\s*:?$",
    re.IGNORECASE,
)
# A thesis's declaration of authorship under its label: "I hereby declare that I am the sole
# author of this thesis. …"
_DECLARATION = re.compile(r"I hereby declare that I am the (?:sole )?author\b")
_FUNDING = re.compile(
    r"\b(?:fund(?:s|ed|ing)?|consult\w*|shares|affiliations?|grants?|member|employ\w*)\b",
    re.IGNORECASE,
)
# The standard wording, known without its label: "X does not work for, consult, own shares in or
# receive funding from any company …", "Temple University provides funding as a member of …"
_DISCLOSURE = re.compile(
    r"\b(?:does|do) not work for, consult, own shares in or receive funding from\b|"
    r"\bprovides? funding as a (?:founding )?(?:partner|member) of\b",
    re.IGNORECASE,
)


# A label over the story's summary in bullets ("Story highlights"): the bullets repeat the body.
_HIGHLIGHTS_LABEL = re.compile(
    r"^(?:story highlights|highlights|key points|at a glance|what you need to know|synopsis|"
    r"(?:[\w.’'-]+ )?summary)\s*:?$",  # "AI summary", "Tridge summary"
    re.IGNORECASE,
)


def is_highlights_label(line: str) -> bool:
    """The label of a summary in bullets above the body ("Story highlights", "Key points")."""
    return bool(_HIGHLIGHTS_LABEL.match(line))


# A label over a page's table of contents, its entries one per line (a transcript's "Main topics").
_CONTENTS_LABEL = re.compile(
    r"^(?:table of contents|contents|on this page|main topics)\s*:?$", re.IGNORECASE
)
# A label over a list of the story's topics, one per line ("Tags", "Read more news on").
_TAGS_LABEL = re.compile(
    r"^(?:tags|topics|related topics|keywords|subjects|filed under|(?:article )?type|"
    r"(?:read )?more (?:news |stories |articles )?(?:on|about))\s*:?$",
    re.IGNORECASE,
)


# The notice on a comment form: below the story, wherever it stands
_FORM_NOTICE = r"your e-?mail address will not be published\.?(?: required fields are marked \*)?"
_FORM_NOTICE_LINE = re.compile(_FORM_NOTICE, re.IGNORECASE)


# The heading of the readers' comments under a story: "12 Comments", "Login to comment"
_COMMENTS_HEADING = re.compile(
    r"^(?:\d[\d,]*\s+comments?|comments?\s*(?:\(\d[\d,]*\)|\[\d[\d,]*\])|"
    r"(?:log ?in|sign in) to (?:comment|leave a comment|join the (?:conversation|discussion))|"
    r"join the (?:conversation|discussion)|"
    r"(?:show|view|read|load) (?:all |new )?(?:\d+ )?comments(?:\s*\(\d[\d,]*\))?|"
    r"reader comments|leave a (?:comment|reply)|add a comment|sort by:? (?:newest|oldest|best)|"
    r"no comments yet\W*|"
    # a thread closed over the comments it kept: "Comments have been disabled You can no longer
    # respond to this thread."
    r"(?:comments have been (?:disabled|closed)\.?\s*)?"
    r"you can no longer (?:respond|reply) to this (?:thread|story|article|discussion)\.?|"
    # a blog's form, inviting one: "If you have a comment regarding the post above, please feel
    # free to leave it here."
    r"if you have a comment\b[^.]{0,80}\bleave it here\.?|"
    # the form's notice, and its heading in a blog theme's other languages
    rf"{_FORM_NOTICE}|"
    r"lascia un commento|laisser un commentaire|deja un comentario|deixe um comentário|"
    r"hinterlasse einen kommentar)"
    r"\s*:?$",
    re.IGNORECASE,
)


def is_comments_heading(line: str) -> bool:
    """The heading of a story's comment section ("12 Comments", "Login to comment", "Lascia un
    commento") or its form's notice ("Your email address will not be published."): the readers'
    comments follow it to the end of the page."""
    return bool(_COMMENTS_HEADING.match(line))


# That a story has no comments, or takes none: "No comments:" (a blog's, under each post of a
# listing page too), "Comments are closed." ("No comments yet...", an aggregator's over its
# related stories, is a comments heading: `_COMMENTS_HEADING`)
_NO_COMMENTS = re.compile(
    r"(?:no comments|comments are (?:closed|disabled|turned off)|"
    # a blog theme's in other languages: "Komentar ditutup.", "Les commentaires sont fermés."
    r"komentar ditutup|les commentaires sont fermés|kommentare sind geschlossen|"
    r"los comentarios están cerrados|comentários encerrados|i commenti sono chiusi)\s*[:.]?$",
    re.IGNORECASE,
)


def is_comment_form_notice(line: str) -> bool:
    """The notice on a comment form ("Your email address will not be published."): unlike a
    heading ("12 Comments"), never over a story, so under a story of one paragraph too."""
    return _FORM_NOTICE_LINE.fullmatch(line) is not None


def is_no_comments_notice(line: str) -> bool:
    """A notice that a story has no readers' comments or takes none ("No comments:", "Comments
    are closed."): a line of its own, opening no comment section."""
    return bool(_NO_COMMENTS.match(line))


def is_contents_label(line: str) -> bool:
    """The label of a table of contents, its entries one per line under it ("Table of
    contents", a transcript's "Main topics:")."""
    return bool(_CONTENTS_LABEL.match(line))


def is_tags_label(line: str) -> bool:
    """The label of a topic list, its topics one per line under it ("Tags", "Read more news
    on", a journal's "Type" over "Research Article")."""
    return bool(_TAGS_LABEL.match(line))


def is_disclosure_label(line: str) -> bool:
    """A disclosure's label alone on a line ("Disclosure statement", "Conflicts of interest")."""
    return bool(_DISCLOSURE_LABEL.match(line))


def is_disclosure(line: str, *, labelled: bool = False) -> bool:
    """An author's disclosure of interests, up to 80 words: in the standard wording ("… does not
    work for, consult, own shares in or receive funding from …"), or, under a disclosure's label
    (`labelled`), any statement about funding, shares, affiliations or membership, or a thesis's
    declaration of authorship ("I hereby declare that I am the sole author …")."""
    if labelled:
        return n_words(line) <= 80 and bool(
            _DISCLOSURE.search(line) or _FUNDING.search(line) or _DECLARATION.match(line)
        )
    # the standard wordings both hold "funding": a quick test on every paragraph first
    return "unding" in line and n_words(line) <= 80 and bool(_DISCLOSURE.search(line))
