using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using OnePlusX.Silo.Storage;

namespace OnePlusX.Silo.Accounts;

/// <summary>
/// The data-protection key ring in the service's database, so every silo reads the same keys: a cookie or an
/// antiforgery token issued by one silo is valid on the next. Keys are written once and never changed.
/// </summary>
internal sealed class DataProtectionKeys(Database database) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at_ms").Select(x => XElement.Parse(x)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        connection.Execute(
            "INSERT INTO data_protection_keys (id, xml, created_at_ms) VALUES (@Id, @Xml, @At)",
            new { Id = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), At = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() });
    }
}
