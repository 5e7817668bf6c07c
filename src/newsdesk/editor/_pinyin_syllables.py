"""Pinyin syllables: whether a Latin word is one syllable or a run of them (Li, Beijing).

A module of its own, importing none of the editor's, as the name readers and the test of
everyday words all ask it: :mod:`._openers` (a gerund that is pinyin is a name),
:mod:`._common_words` (a capitalised syllable is a surname's shape, no everyday word),
whose frequency test :mod:`._latin_names` reads, and :mod:`._romanise` and :mod:`._pinyin`.
"""

from __future__ import annotations

#: Pinyin syllables with a consonant initial (no bare vowel, no ng or m interjection):
#: pypinyin's readings of every character, toneless, ü written v, as a test derives them
#: again.  Written out: deriving them imported pypinyin (its phrase dictionary, 0.2 s of
#: processor time and 20 MiB) and converted its 41,000 characters' readings (0.3 s) in every
#: run that checked an opener, for a table that never changes.
_SYLLABLES = frozenset(
    """
    ba bai ban bang bao bei ben beng bi bian biang biao bie bin bing bo bong bu ca
    cai can cang cao ce cei cen ceng cha chai chan chang chao che chen cheng chi
    chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui
    cun cuo da dai dan dang dao de dei den deng di dia dian diao die din ding diu
    dong dou du duan dui dun duo fa fan fang fei fen feng fiao fo fou fu ga gai gan
    gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han
    hang hao he hei hen heng hng hong hou hu hua huai huan huang hui hun huo ji jia
    jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke
    kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le
    lei len leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo
    lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou
    mu na nai nan nang nao ne nei nen neng ni nia nian niang niao nie nin ning niu
    nong nou nu nuan nun nuo nv nve pa pai pan pang pao pei pen peng pi pian piao
    pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que
    qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang
    sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
    shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan
    tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai
    wan wang wei wen weng wo wong wu xi xia xian xiang xiao xie xin xing xiong xiu
    xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za
    zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng
    zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan
    zui zun zuo ê
    """.split()
)


def pinyin_syllable(word: str) -> bool:
    """Whether the word is one pinyin syllable with an initial (Li, Wang, Zhang): a
    Chinese surname's shape."""
    return word.lower() in _SYLLABLES


def is_pinyin(word: str) -> bool:
    """Whether the word is a run of pinyin syllables (Beijing, Xiaoming)."""
    word = word.lower()
    ends = {0}
    for end in range(1, len(word) + 1):
        if any(start in ends and word[start:end] in _SYLLABLES for start in range(end)):
            ends.add(end)
    return len(word) in ends
