using OnePlusX.Silo.Grains.AnnualPlans;
using OnePlusX.Silo.Grains.CertificateProjects;
using OnePlusX.Silo.Grains.Colleges;
using OnePlusX.Silo.Grains.CostCaps;
using OnePlusX.Silo.Grains.ExamStations;
using OnePlusX.Silo.Grains.MonitoringPoints;
using OnePlusX.Silo.Grains.Students;
using OnePlusX.Silo.Grains.WeeklyReports;
using OnePlusX.Tenancy;

namespace OnePlusX.Silo.ReadModels;

/// <summary>Maps a projected state name back to its grain class, so the sweep can ask it to re-project.</summary>
internal static class ProjectionTargets
{
    private static readonly Dictionary<string, string> GrainClasses = new(StringComparer.Ordinal)
    {
        [CollegeGrain.StateKey] = typeof(CollegeGrain).FullName!,
        [StudentGrain.StateKey] = typeof(StudentGrain).FullName!,
        [ExamStationGrain.StateKey] = typeof(ExamStationGrain).FullName!,
        [CertificateProjectGrain.StateKey] = typeof(CertificateProjectGrain).FullName!,
        [WeeklyReportGrain.StateKey] = typeof(WeeklyReportGrain).FullName!,
        [AnnualPlanGrain.StateKey] = typeof(AnnualPlanGrain).FullName!,
        [CostCapGrain.StateKey] = typeof(CostCapGrain).FullName!,
        [MonitoringPointsGrain.StateKey] = typeof(MonitoringPointsGrain).FullName!,
    };

    /// <summary>National grains, keyed by certificate rather than tenant: the sweep calls them as a recorded system job.</summary>
    private static readonly HashSet<string> National = new(StringComparer.Ordinal) { CostCapGrain.StateKey, MonitoringPointsGrain.StateKey };

    /// <summary>The state names whose grains project; the sweep looks only at these.</summary>
    public static IReadOnlyCollection<string> StateNames => GrainClasses.Keys;

    public static async Task<bool> ReprojectAsync(IGrainFactory grains, string stateName, string grainKey)
    {
        if (!GrainClasses.TryGetValue(stateName, out var grainClass))
        {
            return false;
        }

        IDisposable scope;
        if (National.Contains(stateName))
        {
            scope = CallScope.System("projection-sweep");
        }
        else if (GrainKey.TryGetTenant(grainKey, out var tenant))
        {
            scope = CallScope.ForTenant(tenant.Value, "projection-sweep");
        }
        else
        {
            return false;
        }

        using var _ = scope;
        await grains.GetGrain<IProjectionRepairGrain>(grainKey, grainClass).ReprojectAsync();
        return true;
    }
}
