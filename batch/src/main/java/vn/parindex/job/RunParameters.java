package vn.parindex.job;

import java.nio.file.Path;
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
                .addLong("requested_at", System.currentTimeMillis())
                .toJobParameters();
    }

    static RunRequest from(JobParameters parameters) {
        return new RunRequest(Path.of(parameters.getString("input")), Path.of(parameters.getString("warehouse")),
                parameters.getString("master"), Boolean.parseBoolean(parameters.getString("force")),
                java.time.LocalDate.parse(parameters.getString("as_of")),
                Boolean.parseBoolean(parameters.getString("allow_empty")));
    }
}
