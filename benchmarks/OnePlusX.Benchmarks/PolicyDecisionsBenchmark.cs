using OnePlusX.Colleges;
using OnePlusX.Policies;
using OnePlusX.Tenancy;

namespace OnePlusX.Benchmarks;

/// <summary>
/// How cheap a policy decision is next to the grain call it sits in: (a) the policy work of one registration
/// (selection check, who pays, and the exam work-fee table of a 10-person exam), spread over the five plugins,
/// against (b) the cheapest grain call there is, a read of an active college through the silo's own IGrainFactory.
/// Rounds alternate so both see the same machine load.
/// </summary>
internal static class PolicyDecisionsBenchmark
{
    public const string Name = "policy-decisions";
    private const int GrainConcurrency = 64;
    private const int Rounds = 5;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Round = TimeSpan.FromSeconds(3);

    public static async Task<Comparison> RunAsync(Action<string> log)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"oneplusx-bench-policy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            log("starting one silo (embedded SQLite mode) ...");
            var (silo, tenant) = await GrainCallsBenchmark.StartWithCollegeAsync(folder);
            await using var running = silo;

            var college = silo.Grains.GetGrain<ICollegeGrain>(tenant.Value);
            Func<int, long, Task> grainCall = async (_, _) =>
            {
                using (CallScope.ForTenant(tenant, "bench"))
                {
                    _ = await college.GetAsync() ?? throw new InvalidOperationException("The benchmark college vanished.");
                }
            };

            var plugins = PolicyCatalog.Plugins();
            var registration = new RegistrationFacts(new DateOnly(2025, 5, 10), CandidateKind.Student, 1, true, new ExamPrice(100m, 200m, 50m));
            var exam = ExamFees();
            Func<int, long, Task> decision = (_, sequence) =>
            {
                var policy = plugins[(int)(sequence % plugins.Count)];
                var registered = policy.CheckRegistration(registration, ParameterSchedule.Defaults);
                var funding = policy.DecideFunding(registration with { EarlierCertificates = (int)(sequence % 3) }, ParameterSchedule.Defaults);
                var fees = policy.ComputeExamFees(exam, ParameterSchedule.Defaults);
                if (!registered.Succeeded || !funding.Succeeded || !fees.Succeeded)
                {
                    throw new InvalidOperationException($"{policy.Code}: {registered.Error ?? funding.Error ?? fees.Error}");
                }

                return Task.CompletedTask;
            };

            // The decision is CPU-bound and synchronous: one worker per core is all it can use.
            var decisionConcurrency = Environment.ProcessorCount;
            log($"warm-up {WarmUp.TotalSeconds:F0} s each ...");
            await Measure.RunAsync(GrainConcurrency, WarmUp, grainCall);
            await Measure.RunAsync(decisionConcurrency, WarmUp, decision);

            var grainRates = new List<double>();
            var decisionRates = new List<double>();
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var side in round % 2 == 0 ? new[] { 0, 1 } : [1, 0])
                {
                    var sample = side == 0
                        ? await Measure.RunAsync(GrainConcurrency, Round, grainCall)
                        : await Measure.RunAsync(decisionConcurrency, Round, decision);
                    (side == 0 ? grainRates : decisionRates).Add(sample.PerSecond);
                    log($"round {round + 1}/{Rounds} {(side == 0 ? "grain call" : "policy work")}: {Report.F(sample.PerSecond)}/s");
                }
            }

            return new Comparison(
                Name,
                Ours: new Side("policy work of one registration (3 decisions)", "registrations/s", decisionRates),
                Reference: new Side("read-only grain call, in-silo IGrainFactory", "calls/s", grainRates),
                RatioName: "policy/grain-call",
                Target: null,
                Notes:
                [
                    $"policy side: CheckRegistration + DecideFunding + ComputeExamFees (10 workers: 2 examiners, 6 invigilators over 3 sittings, 2 staff) round-robin over {plugins.Count} plugins, {decisionConcurrency} workers; grain side: ICollegeGrain.GetAsync, {GrainConcurrency} outstanding; {Rounds} alternating rounds of {Round.TotalSeconds:F0} s.",
                ]);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static ExamFeeFacts ExamFees()
    {
        var china = TimeSpan.FromHours(8);
        ExamSitting Sitting(string room, int hour) => new(room, new DateTimeOffset(2025, 6, 1, hour, 0, 0, china), new DateTimeOffset(2025, 6, 1, hour + 2, 0, 0, china));
        ExamSitting[] sittings = [Sitting("A101", 8), Sitting("A102", 8), Sitting("A101", 13)];
        var workers = new List<ExamWorker>
        {
            new("考评员一", ExamRole.Examiner, true, true, [], 1m),
            new("考评员二", ExamRole.Examiner, false, true, [], 2m),
        };
        for (var i = 0; i < 6; i++)
        {
            workers.Add(new($"监考{i + 1}", ExamRole.Invigilator, true, false, [sittings[i % 3]]));
        }

        workers.Add(new("工作人员一", ExamRole.ExamStaff, true, false, [sittings[0]]));
        workers.Add(new("工作人员二", ExamRole.ExamStaff, true, false, [sittings[2]]));
        return new ExamFeeFacts(new DateOnly(2025, 6, 1), "Web前端开发", ExamMode.Written, workers, [new CostItem(CostType.EquipmentAndConsumables, "耗材", 300m)]);
    }
}
