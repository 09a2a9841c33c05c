package org.prepdesk.search.bench;

import java.util.Arrays;
import java.util.Random;

/**
 * The words synthetic notes are made of: a few hundred real words of interview prep, then a long tail of
 * made-up words, drawn with Zipf's law as words are in real text; and Chinese words joined into
 * sentences without spaces. Immutable and thread-safe (callers pass their own {@link Random}).
 */
public final class Vocabulary {
    private static final String[] CORE = ("the a of and to in we i it was for on that with our team my this is as "
            + "by at from but not they be had were have an when so which then after each our all more new "
            + "service system latency throughput cache caching cached database query index shard sharding replica "
            + "replication failover outage incident pager alert monitoring metrics dashboard deploy deployment rollback "
            + "release pipeline build test tests testing coverage migration migrated migrate kubernetes docker cluster "
            + "node queue kafka consumer producer stream batch job scheduler cron api endpoint request response timeout "
            + "retry retries idempotency idempotent consistency eventual strong transaction lock contention deadlock "
            + "memory leak garbage collection heap cpu profile profiling bottleneck optimise optimized performance "
            + "scalability scale scaling availability reliable reliability redundancy region zone traffic load balancer "
            + "customer customers user users product manager engineer engineers designer stakeholder stakeholders "
            + "deadline scope estimate estimates roadmap priority priorities tradeoff tradeoffs decision decisions "
            + "conflict disagreement feedback mentor mentoring mentored hiring interview interviews onboarding "
            + "ownership impact result results revenue cost costs savings budget quarter launch launched shipped "
            + "shipping design reviewed review reviews document proposal architecture refactor refactoring legacy "
            + "codebase module library framework java python go rust typescript react backend frontend mobile "
            + "security permission authentication authorization token encryption audit compliance privacy data "
            + "pipeline warehouse analytics experiment experiments hypothesis metric dashboard growth retention "
            + "inventory catalogue payment payments invoice checkout search ranking recommendation recommendations "
            + "learned learning lesson lessons mistake mistakes failure failed improve improved improvement "
            + "communication communicate aligned alignment leadership led lead leading delegated delegate trust "
            + "situation task action halved doubled reduced increased measured weekly daily sprint standup "
            + "retrospective postmortem blameless root cause fix fixed patch hotfix regression bug bugs").split(" ");

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ter", "van", "sor", "pel", "dra", "qui", "nex", "ul",
        "bra", "sen", "tor", "fi", "gal", "hem", "jun", "wex", "zor", "pla", "cre", "dun", "mor", "tis", "vel", "rin"};

    private static final String[] CHINESE = {"可扩展性", "可用性", "一致性", "缓存", "数据库", "分布式", "延迟", "吞吐量",
        "团队", "沟通", "冲突", "项目", "负责", "设计", "系统", "性能", "优化", "监控", "故障", "迁移", "架构", "服务",
        "用户", "需求", "上线", "测试", "部署", "指标", "成本", "风险", "领导力", "反馈", "复盘", "目标", "结果", "方案",
        "评审", "索引", "队列", "消息", "容量", "流量", "告警", "回滚", "发布", "客户", "产品", "经理", "工程师", "面试",
        "招聘", "培训", "效率", "质量", "安全", "权限", "日志", "存储", "网络", "接口"};
    private static final String[] CHINESE_GLUE = {"的", "了", "和", "我们", "在", "是", "把", "对", "通过", "为了", "并且"};

    private final String[] words;
    private final double[] cumulative;

    public Vocabulary() {
        Random r = new Random(7);
        int tail = 12_000;
        words = Arrays.copyOf(CORE, CORE.length + tail);
        java.util.Set<String> seen = new java.util.HashSet<>(Arrays.asList(CORE));
        for (int i = CORE.length; i < words.length; ) {
            StringBuilder sb = new StringBuilder();
            for (int s = 2 + r.nextInt(3); s > 0; s--) {
                sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            }
            if (seen.add(sb.toString())) {
                words[i++] = sb.toString();
            }
        }
        cumulative = new double[words.length];
        double sum = 0;
        for (int i = 0; i < words.length; i++) {
            sum += 1.0 / Math.pow(i + 1, 1.0);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** A word drawn with Zipf's law (frequent words often, the tail rarely). */
    public String word(Random r) {
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** A word of middling frequency: something a person would search for. */
    public String searchableWord(Random r) {
        return words[60 + r.nextInt(Math.min(2000, words.length - 60))];
    }

    public String chineseWord(Random r) {
        return CHINESE[r.nextInt(CHINESE.length)];
    }

    /** About {@code count} words in sentences of 6–18 words. */
    public String prose(Random r, int count) {
        StringBuilder sb = new StringBuilder(count * 7);
        int left = count;
        while (left > 0) {
            int len = Math.min(left, 6 + r.nextInt(13));
            for (int w = 0; w < len; w++) {
                String word = word(r);
                sb.append(w == 0 ? SyntheticWorkspace.capitalise(word) : word);
                sb.append(w == len - 1 ? (r.nextInt(8) == 0 ? "? " : ". ") : r.nextInt(12) == 0 ? ", " : " ");
            }
            left -= len;
            if (r.nextInt(5) == 0) {
                sb.setLength(sb.length() - 1);
                sb.append('\n');
            }
        }
        return sb.toString().strip();
    }

    /** {@code sentences} Chinese sentences, each a few words and particles with no spaces. */
    public String chineseProse(Random r, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            for (int w = 3 + r.nextInt(6); w > 0; w--) {
                sb.append(chineseWord(r));
                if (w > 1) {
                    sb.append(r.nextInt(4) == 0 ? "，" : CHINESE_GLUE[r.nextInt(CHINESE_GLUE.length)]);
                }
            }
            sb.append("。");
        }
        return sb.toString();
    }
}
