package vn.parindex.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.briefing.ProvinceBriefingData;
import vn.parindex.briefings.data.BriefingData;
import vn.parindex.briefings.data.SnapshotInfo;
import vn.parindex.quality.Issue;

/**
 * Builds each subscriber's news from a published snapshot's marts (never from Spark): the subscriptions are taken
 * province by province, so one province's rows are read once and held while its parts are built. Every part is
 * hashed (see {@link ContentHash}); only the parts {@link Wanted} says will be mailed get their workbooks built
 * under the real snapshot's name. A briefing's hash is taken without the tasks: the unit briefing's Kế hoạch sheet
 * lists the unit's tasks with their statuses, and a status that changed is the tasks news — a night where only a
 * task became overdue sends the tasks part alone (the briefing attached to a later mail shows the statuses of then). A part that cannot be built is reported and left out (it is tried again next run).
 */
final class NewsDesk {
    /** Whether a part with this key and hash goes into this subscriber's mail. */
    @FunctionalInterface
    interface Wanted {
        boolean test(Subscriber subscriber, String key, String hash);
    }

    private final Path snapshot;
    private final SnapshotInfo info;
    private final Links links;
    private final String file;
    private final List<Issue> problems = new ArrayList<>();

    /** @param file the subscriptions file, for the problems' location */
    NewsDesk(Path snapshot, SnapshotInfo info, Links links, String file) {
        this.file = file;
        this.snapshot = snapshot;
        this.info = info;
        this.links = links;
    }

    /** One kind of news of one subscription of one subscriber. */
    private record Job(int subscriber, int order, Subscription subscription, NewsKind kind) {
    }

    /** The wanted parts of each subscriber that has any, in the subscribers' and their subscriptions' order. */
    Map<Subscriber, List<NewsPart>> parts(List<Subscriber> subscribers, Wanted wanted) throws IOException {
        List<Job> jobs = new ArrayList<>();
        for (int s = 0; s < subscribers.size(); s++) {
            int order = 0;
            for (Subscription subscription : subscribers.get(s).subscriptions()) {
                for (NewsKind kind : NewsKind.values()) {
                    if (subscription.kinds().contains(kind)) {
                        jobs.add(new Job(s, order++, subscription, kind));
                    }
                }
            }
        }
        jobs.sort(Comparator.comparing((Job job) -> job.subscription().province()));
        ProvinceBriefingData reader = new ProvinceBriefingData(snapshot);
        Map<Job, NewsPart> built = new LinkedHashMap<>();
        String province = null;
        BriefingData neutral = null;
        BriefingData neutralWithoutTasks = null;
        BriefingData real = null;
        for (Job job : jobs) {
            if (!job.subscription().province().equals(province)) {
                province = job.subscription().province();
                ProvinceBriefingData.Records records = reader.read(province);
                neutral = records.data(ContentHash.NEUTRAL);
                neutralWithoutTasks = records.withoutTasks().data(ContentHash.NEUTRAL);
                real = records.data(info);
            }
            Subscriber subscriber = subscribers.get(job.subscriber());
            try {
                NewsContent content = content(neutral, job);
                // a unit briefing's Kế hoạch sheet repeats the tasks' statuses: their change is the tasks news
                String hash = ContentHash.of(content, job.kind() == NewsKind.BRIEFING ? neutralWithoutTasks : neutral);
                if (wanted.test(subscriber, content.key(), hash)) {
                    built.put(job, part(content, hash, real));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(Issue.warning(file, 0, "", "news_not_built", "the " + job.kind().word()
                        + " news of " + job.subscription().key(job.kind()) + " for " + subscriber.address()
                        + " could not be built (tried again next run): " + e));
            }
        }
        Map<Subscriber, List<NewsPart>> bySubscriber = new LinkedHashMap<>();
        built.keySet().stream().sorted(Comparator.comparingInt(Job::subscriber).thenComparingInt(Job::order))
                .forEach(job -> bySubscriber.computeIfAbsent(subscribers.get(job.subscriber()), k -> new ArrayList<>())
                        .add(built.get(job)));
        return bySubscriber;
    }

    /** What went wrong while building (each part that could not be built). */
    List<Issue> problems() {
        return List.copyOf(problems);
    }

    private NewsContent content(BriefingData data, Job job) {
        Subscription subscription = job.subscription();
        if (job.kind() == NewsKind.TASKS) {
            return TaskNews.build(data, subscription, links);
        }
        return subscription.provinceWide() ? ProvinceBriefingNews.build(data, subscription, links)
                : UnitBriefingNews.build(data, subscription, links);
    }

    private static NewsPart part(NewsContent content, String hash, BriefingData real) throws IOException {
        List<NewsPart.Attachment> attachments = new ArrayList<>();
        for (NewsContent.AttachmentSpec spec : content.attachments()) {
            attachments.add(new NewsPart.Attachment(spec.fileName(), ContentHash.build(spec, real)));
        }
        return new NewsPart(content.key(), hash, content.title(), content.text(), content.html(), attachments);
    }
}
