using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OnePlusX.CertificateProjects;
using OnePlusX.Colleges;
using OnePlusX.Policies;
using OnePlusX.Silo.Grains;
using OnePlusX.Silo.Grains.Students;
using OnePlusX.Silo.ReadModels;
using OnePlusX.Silo.ReadModels.Students;
using OnePlusX.Students;
using OnePlusX.Tenancy;
using Orleans.Storage;

namespace OnePlusX.Benchmarks;

/// <summary>
/// Durable changes per second on one PostgreSQL server (fsync on), side by side with pgbench's simple-update
/// transactions on the same server. One change is IStudentGrain.AddRegistrationAsync: the grain state written
/// through Orleans' ADO.NET provider, then its read-model row, projection-ledger row and audit entry in one
/// transaction, acknowledged after both. Rounds alternate between the silo and pgbench.
/// </summary>
internal static class DurableChangeBenchmark
{
    public const string Name = "durable-change";
    private const int Clients = 8;
    private const int Students = 512;
    private const int Rounds = 5;
    private const int PgbenchScale = 10;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(5);

    /// <summary>Extra Npgsql connection-string options for the silo (e.g. ";No Reset On Close=true"), to try tunings.</summary>
    private static readonly string ExtraOptions = Environment.GetEnvironmentVariable("ONEPLUSX_BENCH_PG_OPTIONS") ?? "";
    private static readonly TimeSpan Breakdown = TimeSpan.FromSeconds(4);

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        log("starting PostgreSQL (fsync on) ...");
        await using var postgres = await BenchPostgres.StartAsync();
        var durability = await postgres.DurabilitySettingsAsync();
        log($"PostgreSQL {postgres.Version} on port {postgres.Port}: {durability}");
        await postgres.CreateDatabaseAsync("oneplusx_bench");
        await postgres.CreateDatabaseAsync("pgbench_bench");

        var init = Stopwatch.StartNew();
        await postgres.PgbenchAsync("pgbench_bench", "-i", "-q", "-s", PgbenchScale.ToString(CultureInfo.InvariantCulture));
        log($"pgbench -i -s {PgbenchScale} took {init.Elapsed.TotalSeconds:F1} s");

        if (ExtraOptions.Length > 0)
        {
            log($"ONEPLUSX_BENCH_PG_OPTIONS: the silo's connection string ends with '{ExtraOptions}'");
        }

        log("starting one silo (production mode: ADO.NET clustering, state and read models in PostgreSQL) ...");
        await using var silo = await BenchSilo.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:PostgreSQL"] = postgres.ConnectionString("oneplusx_bench") + ExtraOptions,
            ["OnePlusX:Silo:AdvertisedIP"] = "127.0.0.1",
        });

        var tenant = TenantId.From("BENCH");
        using (CallScope.System("benchmark", "bench"))
        {
            var college = silo.Grains.GetGrain<ICollegeGrain>(tenant.Value);
            GrainCallsBenchmark.Check((await college.RegisterAsync(new RegisterCollege("基准学院", "22", "220100"))).Error?.ToString());
            GrainCallsBenchmark.Check((await college.AddSchoolAsync(new AddSchool("S1", "信息工程学院"))).Error?.ToString());
            GrainCallsBenchmark.Check((await college.AddMajorAsync(new AddMajor("M1", "软件技术", "S1"))).Error?.ToString());
        }

        var enrol = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, Students), new ParallelOptions { MaxDegreeOfParallelism = Clients }, async (n, _) =>
        {
            using (CallScope.ForTenant(tenant, "bench"))
            {
                var result = await Student(silo, tenant, n).EnrolAsync(new EnrolStudent("学生", "M1", 2024));
                GrainCallsBenchmark.Check(result.Error?.ToString());
            }
        });
        log($"enrolled {Students} students in {enrol.Elapsed.TotalSeconds:F1} s ({Students / enrol.Elapsed.TotalSeconds:F0}/s, {Clients} at a time)");
        await postgres.ScalarAsync("postgres", "CHECKPOINT");

        // Worker w owns students w, w + Clients, w + 2·Clients, ... and cycles through them, so no two calls
        // queue on one grain; every registration names a project key never used before.
        var nextStudent = new long[Clients];
        long nextProject = 0;
        long acknowledged = 0;
        Func<int, long, Task> change = async (worker, _) =>
        {
            var n = worker + (Clients * (int)(nextStudent[worker]++ % (Students / Clients)));
            var projectKey = CertificateProjectKey.For(tenant, $"P{Interlocked.Increment(ref nextProject)}", CertificateLevel.Intermediate, 2025);
            using (CallScope.ForTenant(tenant, "bench"))
            {
                var result = await Student(silo, tenant, n).AddRegistrationAsync(projectKey);
                GrainCallsBenchmark.Check(result.Error?.ToString());
            }

            Interlocked.Increment(ref acknowledged);
        };

        log($"warm-up {WarmUp.TotalSeconds:F0} s ...");
        await Measure.RunAsync(Clients, WarmUp, change);

        var ours = new List<double>();
        var siloCpu = new CpuAccount();
        var pgbenchCpu = new CpuAccount();
        var pgbench = new List<double>();
        var seconds = ((int)Round.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        var clients = Clients.ToString(CultureInfo.InvariantCulture);
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var side in round % 2 == 0 ? new[] { 0, 1 } : [1, 0])
            {
                var (processBefore, postgresBefore) = (Environment.CpuUsage.TotalTime, postgres.CpuTime());
                if (side == 0)
                {
                    var sample = await Measure.RunAsync(Clients, Round, change);
                    siloCpu.Add(sample.Operations, Environment.CpuUsage.TotalTime - processBefore, postgres.CpuTime() - postgresBefore);
                    ours.Add(sample.PerSecond);
                    log($"round {round + 1}/{Rounds} silo: {Report.F(sample.PerSecond)} changes/s ({sample.Operations} in {sample.Elapsed.TotalSeconds:F2} s)");
                }
                else
                {
                    var output = await postgres.PgbenchAsync("pgbench_bench", "-c", clients, "-j", "2", "-T", seconds, "-N", "-n");
                    var tps = BenchPostgres.ParseTps(output);
                    pgbench.Add(tps);
                    pgbenchCpu.Add(BenchPostgres.ParseTransactions(output), TimeSpan.Zero, postgres.CpuTime() - postgresBefore);
                    log($"round {round + 1}/{Rounds} pgbench: {Report.F(tps)} tps");
                }
            }
        }

        // Where a change's time goes: its two halves alone, same clients, same students' state shape.
        var (stateOnly, projectionOnly) = await BreakdownAsync(silo, log);

        // Every acknowledged change must have left its audit entry (the projection transaction wrote it).
        var audited = Convert.ToInt64(await postgres.ScalarAsync("oneplusx_bench",
            "SELECT count(*) FROM audit_log WHERE action = 'student.registered'"), CultureInfo.InvariantCulture);
        var auditNote = audited == acknowledged
            ? $"all {acknowledged} acknowledged changes have their audit entry and projection."
            : $"MISMATCH: {acknowledged} changes acknowledged but {audited} audit entries written.";
        log(auditNote);

        return new Comparison(
            Name,
            Ours: new Side("silo: IStudentGrain.AddRegistrationAsync", "changes/s", ours),
            Reference: new Side($"pgbench -c {Clients} -j 2 -T {seconds} -N (simple-update, scale {PgbenchScale})", "tps", pgbench),
            RatioName: "silo/pgbench",
            Target: 0.5,
            Notes:
            [
                $"PostgreSQL {postgres.Version}, {durability}; silo and pgbench on the same server, {Clients} concurrent clients each, {Rounds} alternating rounds of {seconds} s (silo after {WarmUp.TotalSeconds:F0} s warm-up){(ExtraOptions.Length > 0 ? $"; silo connection-string options '{ExtraOptions}'" : "")}.",
                $"one change = state write (ADO.NET provider) + projection/ledger/audit transaction, i.e. two commits; one pgbench -N transaction = UPDATE + SELECT + INSERT, one commit; {Students} students.",
                $"CPU per operation during the rounds: silo change {siloCpu.PerOperation(siloCpu.Process)} ms in the .NET process (silo + callers) + {siloCpu.PerOperation(siloCpu.Postgres)} ms in PostgreSQL; "
                    + $"pgbench transaction {pgbenchCpu.PerOperation(pgbenchCpu.Postgres)} ms in PostgreSQL (+ pgbench's own client, not counted).",
                $"diagnostic, each half alone ({Clients} clients, {Breakdown.TotalSeconds:F0} s): grain-state write through the ADO.NET provider {Report.F(stateOnly)}/s; "
                    + $"ReadModelWriter.ProjectAsync (ledger + student row + audit) {Report.F(projectionOnly)}/s; one after the other they would allow {Report.F(1 / ((1 / stateOnly) + (1 / projectionOnly)))}/s.",
                auditNote,
            ]);
    }

    /// <summary>Measures the state write and the projection of a change separately, bypassing the grain.</summary>
    private static async Task<(double StateOnly, double ProjectionOnly)> BreakdownAsync(BenchSilo silo, Action<string> log)
    {
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
        var readModels = silo.Services.GetRequiredService<ReadModelWriter>();
        var perWorker = Students / Clients;
        var state = new StudentState
        {
            Name = "学生", MajorCode = "M1", Cohort = 2024,
            Registrations = [new StudentRegistration("BENCH/P1-2-2025", DateTimeOffset.UtcNow)],
            LastChange = new AuditEntry("bench", "bench.breakdown", null, DateTimeOffset.UtcNow),
        };

        // A state name no projection knows: the projection sweep skips these rows.
        var states = Enumerable.Range(0, Students).Select(_ => new GrainState<StudentState>(state)).ToArray();
        var stateSample = await Measure.RunAsync(Clients, Breakdown, (worker, sequence) =>
        {
            var n = worker + (Clients * (int)(sequence % perWorker));
            return storage.WriteStateAsync("bench-state", GrainId.Create("bench", $"BENCH/Z{n}"), states[n]);
        });
        log($"breakdown: grain-state write alone {Report.F(stateSample.PerSecond)}/s");

        var versions = new int[Students];
        var projectionSample = await Measure.RunAsync(Clients, Breakdown, (worker, sequence) =>
        {
            var n = worker + (Clients * (int)(sequence % perWorker));
            var number = $"Q{n}";
            return readModels.ProjectAsync(StudentProjection.For($"BENCH/{number}", "BENCH", number, state, ++versions[n]));
        });
        log($"breakdown: projection alone {Report.F(projectionSample.PerSecond)}/s");
        return (stateSample.PerSecond, projectionSample.PerSecond);
    }

    /// <summary>Operations and the CPU time they took, summed over rounds.</summary>
    private sealed class CpuAccount
    {
        public long Operations { get; private set; }

        public TimeSpan Process { get; private set; }

        public TimeSpan Postgres { get; private set; }

        public void Add(long operations, TimeSpan process, TimeSpan postgres)
        {
            Operations += operations;
            Process += process;
            Postgres += postgres;
        }

        public string PerOperation(TimeSpan cpu) =>
            (cpu.TotalMilliseconds / Math.Max(1, Operations)).ToString("F2", CultureInfo.InvariantCulture);
    }

    private static IStudentGrain Student(BenchSilo silo, TenantId tenant, int n) =>
        silo.Grains.GetGrain<IStudentGrain>(GrainKey.For(tenant, n.ToString(CultureInfo.InvariantCulture)));
}
