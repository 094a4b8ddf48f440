package vn.parindex.job;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** How a {@link RunRequest} travels as job parameters, so the job repository records what each run was asked. */
public final class RunParameters {
    private RunParameters() {
    }

    public static JobParameters of(RunRequest request) {
        return new JobParametersBuilder()
                .addString("input", request.inputDir().toAbsolutePath().normalize().toString())
                .addString("warehouse", request.warehouse().toAbsolutePath().normalize().toString())
                .addString("master", request.master())
                .addString("force", String.valueOf(request.force()))
                .addString("as_of", request.asOf().toString())
                .addString("allow_empty", String.valueOf(request.allowEmpty()))
                // not identifying: who is mailed does not make another run of the same input
                .addString("subscriptions", path(request.subscriptions()), false)
                .addString("mail_dir", path(request.mailDir()), false)
                .addLong("requested_at", System.currentTimeMillis())
                .toJobParameters();
    }

    /** A path as a job parameter: absolute, or "" for none. */
    private static String path(Path path) {
        return path == null ? "" : path.toAbsolutePath().normalize().toString();
    }

    private static Path optionalPath(String text) {
        return text == null || text.isEmpty() ? null : Path.of(text);
    }

    static RunRequest from(JobParameters parameters) {
        return from(name -> parameters.getString(name));
    }

    /** The request from the job parameters as a step's scope sees them ({@code #{jobParameters}}: name to value). */
    static RunRequest from(Map<String, Object> parameters) {
        return from(name -> parameters.get(name) == null ? null : parameters.get(name).toString());
    }

    private static RunRequest from(UnaryOperator<String> parameter) {
        return new RunRequest(Path.of(parameter.apply("input")), Path.of(parameter.apply("warehouse")),
                parameter.apply("master"), Boolean.parseBoolean(parameter.apply("force")),
                java.time.LocalDate.parse(parameter.apply("as_of")),
                Boolean.parseBoolean(parameter.apply("allow_empty")), optionalPath(parameter.apply("subscriptions")),
                optionalPath(parameter.apply("mail_dir")));
    }
}
