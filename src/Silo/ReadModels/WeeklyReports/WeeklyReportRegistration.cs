using Microsoft.Extensions.DependencyInjection.Extensions;
using OnePlusX.ReadModels;
using OnePlusX.Silo.Grains.WeeklyReports;

namespace OnePlusX.Silo.ReadModels.WeeklyReports;

/// <summary>
/// What the weekly reports add to the host: the reminder's options, the read-model queries, and the clock the grain
/// reads "now" from (the system's, unless the host registered another: an in-process test host may give a fake one).
/// </summary>
internal static class WeeklyReportRegistration
{
    public static IServiceCollection AddWeeklyReports(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WeeklyReportOptions>().BindConfiguration("OnePlusX:WeeklyReports");
        services.AddSingleton<SqlWeeklyReportQueries>();
        services.AddSingleton<IWeeklyReportQueries>(sp => sp.GetRequiredService<SqlWeeklyReportQueries>());
        return services;
    }
}
